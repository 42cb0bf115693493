package org.ownmeet.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.app.WizardWindow;
import org.ownmeet.app.e2e.Snapshots;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.store.SavedProfiles;
import org.ownmeet.installers.session.AppliedRecord;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.steps.Flows;
import org.ownmeet.steps.WizardServices;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.api.WizardStep;
import org.ownmeet.steps.documents.DocumentsViewModel;
import org.ownmeet.steps.documents.GdprExport;
import org.ownmeet.steps.documents.ServerSource;
import org.ownmeet.steps.done.DoneStep;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.summary.SummaryStep;
import org.ownmeet.steps.summary.UpkeepViewModel;
import org.ownmeet.steps.summary.SummaryViewModel;
import org.ownmeet.steps.welcome.WelcomeStep;
import org.ownmeet.steps.work.EngineWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the GDPR documents' export in the window's width, on the Done step (after saving) and on
 * manage mode's summary (with the notice's preview open): the pages before are passed through.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentsPanelScreenshotTest {
    @TempDir
    static Path temp;
    private final Texts texts = Texts.forLocale(Locale.ENGLISH);
    private final EngineWork work = EngineWork.direct();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    private static Profile school() {
        return Profile.newProfile().withServer(new Profile.Server("203.0.113.5", 22, "debian")).withDomain("meet.school.example")
                .withAdminEmail("it@school.example").withHostAccounts(List.of(new Profile.HostAccount("alice")))
                .withOrganisation(new Profile.Organisation("Gymnasium am See", "Seestraße 1\n12345 Musterstadt", "office@school.example",
                        null));
    }

    private static VerificationReport passed() {
        return new VerificationReport("meet.school.example", List.of(CheckResult.passed(CheckId.HTTPS),
                CheckResult.passed(CheckId.HOST_LOGIN), CheckResult.passed(CheckId.FIREWALL)));
    }

    private WizardSession session() throws IOException {
        return new WizardSession(school(), new KnownHosts(Files.createTempDirectory(temp, "hosts").resolve("known_hosts")));
    }

    /** The shell at the window's size, moved on to the step at {@code index}. */
    private Scene show(FxRobot robot, List<WizardStep> steps, int index) {
        List<WizardStep> shown = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            WizardStep step = steps.get(i);
            shown.add(i == index ? step : new Passed(step));
        }
        WizardShellViewModel viewModel = new WizardShellViewModel(shown);
        robot.interact(() -> {
            stage.setScene(new Scene(new WizardShellView(viewModel, ResourceBundle.getBundle("org.ownmeet.app.i18n.messages"),
                    new SimpleBooleanProperty()).root(), WizardWindow.WIDTH, WizardWindow.HEIGHT));
            stage.show();
            for (int i = 0; i < index; i++) {
                viewModel.next();
            }
        });
        return stage.getScene();
    }

    @Test
    void theDoneStepAfterSaving(FxRobot robot) throws IOException {
        WizardSession session = session();
        session.reportProperty().set(passed());
        session.appliedProperty().set(new ApplyResult(List.of(), List.of(), List.of(), Map.of(), Duration.ofSeconds(80), 9));
        List<WizardStep> steps = Flows.setup(session, work, texts, WizardServices.system());
        DoneStep done = (DoneStep) steps.get(steps.size() - 1);
        Scene scene = show(robot, steps, steps.size() - 1);
        robot.interact(() -> {
            done.documents().folderProperty().set(temp);
            done.documents().export();
            robot.lookup("#documentsOpenFolder").query().requestFocus();
        });
        scrollToTheEnd(robot);
        assertTrue(robot.lookup("#documentsMessage").queryAs(Label.class).getText().startsWith("Saved in "));
        Snapshots.save(scene, "16-done-documents");
    }

    @Test
    void theManagedServersSummaryWithThePreview(FxRobot robot) throws Exception {
        WizardSession session = session();
        Profile onServer = school();
        AppliedRecord record = new AppliedRecord(onServer, null, List.of(new AppliedRecord.Run(Instant.parse("2026-04-01T08:30:00Z"),
                Map.of("logging", List.of("retention")), List.of(), Map.of("jitsi-meet-web", "1.0.8100-1"))), List.of("alice"), "meet.school.example",
                Map.of("jitsi-meet-web", "1.0.8100-1"));
        SummaryViewModel summary = new SummaryViewModel(session, work, texts, new SavedProfiles(temp.resolve("saved")), () -> () -> record,
                ZoneOffset.UTC);
        DocumentsViewModel documents = new DocumentsViewModel(new ServerSource(session, () -> profile -> passed()), work, texts,
                GdprExport.today(), (title, start) -> Optional.empty(), temp, link -> {
                });
        List<WizardStep> steps = new ArrayList<>(Flows.manage(new WelcomeStep(session, texts), session, work, texts,
                WizardServices.system()));
        steps.set(2, new SummaryStep(summary, new UpkeepViewModel(session, work, texts), texts, documents));
        Scene scene = show(robot, steps, 2);
        assertEquals(SummaryViewModel.State.OWNMEET, summary.stateProperty().get(), summary.headlineProperty().get());
        robot.interact(() -> {
            robot.lookup("#documentsPreview").query().requestFocus();
            robot.lookup("#documentsPreview").queryAs(TitledPane.class).setExpanded(true);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#documentsPreviewText").queryAs(TextArea.class).getText().contains("# Video meetings at"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#documentsLanguage").query().requestFocus()); // the panel's top comes into view
        Snapshots.save(scene, "manage-04-summary-documents");
    }

    /** The export panel is the last thing on both pages. */
    private static void scrollToTheEnd(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup(".step-scroll").queryAs(ScrollPane.class).setVvalue(1));
    }

    /** A page before the one pictured: its title in the list, passed through. */
    private record Passed(WizardStep step) implements WizardStep {
        @Override
        public String id() {
            return step.id();
        }

        @Override
        public String title() {
            return step.title();
        }

        @Override
        public String description() {
            return step.description();
        }

        @Override
        public Node view() {
            return new Label(step.title());
        }

        @Override
        public ReadOnlyBooleanProperty canLeaveProperty() {
            return new SimpleBooleanProperty(true);
        }
    }
}
