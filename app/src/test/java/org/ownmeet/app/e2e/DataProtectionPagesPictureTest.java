package org.ownmeet.app.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.app.WizardWindow;
import org.ownmeet.app.shell.WizardShellView;
import org.ownmeet.app.shell.WizardShellViewModel;
import org.ownmeet.installers.profile.DataProtection.ControllerType;
import org.ownmeet.installers.profile.DataProtection.LegalBasis;
import org.ownmeet.installers.profile.DataProtection.ParticipantGroup;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.steps.Flows;
import org.ownmeet.steps.WizardServices;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.dataprotection.DataProtectionStep;
import org.ownmeet.steps.hosting.HostingStep;
import org.ownmeet.steps.organisation.OrganisationStep;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.welcome.WelcomeStep;
import org.ownmeet.steps.work.EngineWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The three pages of the data protection facts in the real shell at the window's size, answered as a
 * school would: each fits the width (no horizontal scroll bar), and its pictures, top and foot, go to
 * target/screenshots (or -Downmeet.screenshots.dir).
 */
@ExtendWith(ApplicationExtension.class)
class DataProtectionPagesPictureTest {
    private WizardSession session;
    private OrganisationStep organisation;
    private DataProtectionStep facts;
    private HostingStep hosting;
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = new WizardSession(Profile.newProfile(), new KnownHosts(Files.createTempDirectory("ownmeet-pictures")
                .resolve("known_hosts")));
        Texts texts = Texts.forLocale(Locale.ENGLISH);
        organisation = new OrganisationStep(session, texts);
        facts = new DataProtectionStep(session, texts);
        hosting = new HostingStep(session, texts);
        WizardShellViewModel shell = new WizardShellViewModel(List.of(organisation, facts, hosting));
        scene = new Scene(new WizardShellView(shell, ResourceBundle.getBundle("org.ownmeet.app.i18n.messages", Locale.ENGLISH),
                new SimpleBooleanProperty()).root(), WizardWindow.WIDTH, WizardWindow.HEIGHT);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void eachPageFitsTheWindowsWidthAnsweredAsASchoolWould(FxRobot robot) {
        robot.interact(() -> {
            organisation.viewModel().nameProperty().set("Grundschule am Park");
            organisation.viewModel().contactEmailProperty().set("datenschutz@schule-am-park.de");
            organisation.viewModel().controllerTypeProperty().set(ControllerType.PUBLIC_BODY);
            organisation.viewModel().dataProtectionOfficerProperty().set("Dr. Maria Rossi, Schulamt");
            organisation.viewModel().officerEmailProperty().set("dsb@schulamt-seedorf.de");
        });
        pictures(robot, "facts-1-organisation");
        robot.clickOn("#nextButton");
        robot.interact(() -> {
            facts.viewModel().participantProperty(ParticipantGroup.PUPILS_AND_MINORS).set(true);
            facts.viewModel().participantProperty(ParticipantGroup.STAFF).set(true);
            facts.viewModel().obligatoryProperty().set(true);
            facts.viewModel().securityBasisProperty().set(LegalBasis.LEGITIMATE_INTERESTS); // the engine's message, in the picture
            facts.viewModel().legalProvisionProperty().set("§ 120 Schulgesetz NRW");
            facts.viewModel().authorityNameProperty().set("LDI NRW");
        });
        pictures(robot, "facts-2-data-protection");
        robot.interact(() -> facts.viewModel().securityBasisProperty().set(LegalBasis.PUBLIC_TASK));
        robot.clickOn("#nextButton");
        robot.interact(() -> {
            hosting.viewModel().providerProperty().set("Example Cloud Inc.");
            hosting.viewModel().countryProperty().set("US");
            hosting.viewModel().transferProperty().set(true);
        });
        pictures(robot, "facts-3-server-location");
    }

    @Test
    void theManageFlowsThirteenStepsFitTheSidebarAboveItsPromise(FxRobot robot) {
        Texts texts = Texts.forLocale(Locale.ENGLISH);
        robot.interact(() -> {
            WizardShellViewModel manage = new WizardShellViewModel(Flows.manage(new WelcomeStep(session, texts), session,
                    EngineWork.direct(), texts, WizardServices.system()));
            scene = new Scene(new WizardShellView(manage, ResourceBundle.getBundle("org.ownmeet.app.i18n.messages", Locale.ENGLISH),
                    new SimpleBooleanProperty()).root(), WizardWindow.WIDTH, WizardWindow.HEIGHT);
            stage.setScene(scene);
        });
        Snapshots.save(scene, "facts-manage-steps");
        javafx.geometry.Bounds last = robot.lookup("#step-done").query().localToScene(
                robot.lookup("#step-done").query().getBoundsInLocal());
        javafx.geometry.Bounds promise = robot.lookup("#assurance").query().localToScene(
                robot.lookup("#assurance").query().getBoundsInLocal());
        assertTrue(last.getMaxY() <= promise.getMinY(), "the last step " + last + " overlaps the promise " + promise);
        javafx.scene.Node next = robot.lookup("#nextButton").query();
        assertTrue(next.localToScene(next.getBoundsInLocal()).getMaxY() <= scene.getHeight(), "Next is inside the window");
        assertTrue(promise.getHeight() > 20, "the promise keeps its two lines: " + promise);
    }

    private void pictures(FxRobot robot, String name) {
        ScrollPane scroll = robot.lookup(".step-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(0));
        Snapshots.save(scene, name);
        assertFalse(scrollBar(robot, scroll, javafx.geometry.Orientation.HORIZONTAL), name + ": no horizontal scroll bar");
        robot.interact(() -> scroll.setVvalue(1));
        Snapshots.save(scene, name + "-foot");
        assertTrue(Files.exists(Snapshots.dir().resolve(name + ".png")));
    }

    private static boolean scrollBar(FxRobot robot, ScrollPane scroll, javafx.geometry.Orientation orientation) {
        return robot.lookup(node -> node instanceof ScrollBar bar && bar.getOrientation() == orientation && bar.isVisible()
                && isInside(bar, scroll)).tryQuery().isPresent();
    }

    private static boolean isInside(javafx.scene.Node node, ScrollPane scroll) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (at == scroll) {
                return true;
            }
        }
        return false;
    }
}
