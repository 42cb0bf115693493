package org.ownmeet.steps.done;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.installers.engine.ApplyContext.HostCredential;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DoneViewTest {
    private final WizardSession session = DoneFixtures.session(false);
    private final HostCredential anna = DoneFixtures.host("anna", "Kx7-pq2-Lm9");
    private final HostCredential ben = DoneFixtures.host("ben", "Tz4-wq8-Hr2");
    private final List<String> opened = new ArrayList<>();
    private DoneStep step;

    @Start
    void start(Stage stage) {
        session.reportProperty().set(DoneFixtures.twoFailed());
        session.appliedProperty().set(DoneFixtures.withHosts(anna, ben));
        step = new DoneStep(session, StepTests.english(), opened::add);
        step.onShown();
        StepTests.show(stage, step.view());
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private String clipboard(FxRobot robot) {
        AtomicReference<String> held = new AtomicReference<>();
        robot.interact(() -> held.set(Clipboard.getSystemClipboard().getString()));
        return held.get();
    }

    @Test
    void everyCheckHasARowAndTheFailedOnesAreSummedUpOnTop(FxRobot robot) {
        assertTrue(text(robot, "#doneSummary").startsWith("2 checks failed: The certificate renews itself;"));
        assertTrue(robot.lookup("#doneWhatToDo").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#doneSummaryCard").query().getStyleClass().contains("danger"));
        for (String id : List.of("https", "certificate-renewal", "host-login", "firewall")) {
            assertNotNull(robot.lookup("#check-" + id).tryQuery().orElse(null), id);
        }
        assertTrue(robot.lookup("#check-firewall").lookup((Label l) -> l.getText().equals("The firewall is off.")).tryQuery()
                .isPresent());
        assertTrue(robot.lookup("#check-firewall").lookup((Label l) -> l.getText().equals("For IT: ufw status: inactive"))
                .tryQuery().isPresent());
        assertFalse(step.canGoBackProperty().get());
        assertTrue(step.serverChanged());
    }

    @Test
    void theMeetingAddressOpensAndCopies(FxRobot robot) {
        assertEquals("https://meet.example.org/", text(robot, "#meetingAddress"));
        robot.clickOn("#meetingCopy");
        assertEquals("https://meet.example.org/", clipboard(robot));
        robot.press(KeyCode.ALT, KeyCode.O).release(KeyCode.O, KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.N).release(KeyCode.N, KeyCode.ALT);
        assertEquals(List.of("https://meet.example.org/", "https://meet.example.org/ownmeet/privacy-notice.html"), opened);
    }

    @Test
    void theOneTimePasswordsAreListedOnceAndWipedWhenTheWizardCloses(FxRobot robot) {
        assertEquals("These passwords are shown only now. OwnMeet keeps them nowhere.", text(robot, "#passwordWarning"));
        assertEquals("anna@meet.example.org", text(robot, "#login-0"));
        assertEquals("Kx7-pq2-Lm9", text(robot, "#password-0"));
        assertEquals("ben@meet.example.org", text(robot, "#login-1"));
        robot.clickOn("#copyPassword-1");
        assertEquals("Tz4-wq8-Hr2", clipboard(robot));

        robot.interact(step::onClose);
        assertFalse(robot.lookup("#passwordTable").tryQuery().isPresent());
        assertTrue(robot.lookup("#noNewHosts").tryQuery().isPresent());
        assertTrue(clipboard(robot) == null || clipboard(robot).isEmpty(), "a copied password leaves the clipboard too");
        assertThrows(IllegalStateException.class, () -> ben.oneTimePassword().chars());
        assertThrows(IllegalStateException.class, () -> anna.oneTimePassword().chars());
    }

    @Test
    void aCopiedAddressStaysOnTheClipboardWhenTheWizardCloses(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.L).release(KeyCode.L, KeyCode.ALT);
        robot.interact(step::onClose);
        assertEquals("https://meet.example.org/ownmeet/privacy-notice.html", clipboard(robot));
    }

    @Test
    void thePrintedPageTellsTheHostWhereToLogIn(FxRobot robot) {
        AtomicReference<List<String>> lines = new AtomicReference<>();
        robot.interact(() -> lines.set(PasswordSheet.page(step.viewModel(), StepTests.english(), anna, 500).getChildren().stream()
                .map(node -> ((Label) node).getText()).toList()));
        assertEquals("User name: anna@meet.example.org", lines.get().get(1));
        assertEquals("One-time password: Kx7-pq2-Lm9", lines.get().get(2));
        assertTrue(lines.get().get(3).startsWith("Go to https://meet.example.org/"));
        assertFalse(lines.get().toString().contains("Tz4-wq8-Hr2"), "each host's page holds only their own password");
    }
}
