package org.ownmeet.steps.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DomainViewTest {
    private final WizardSession session = StepTests.session();
    private final FakeDns dns = new FakeDns().points("meet.schule-am-see.de", FakeDns.ELSEWHERE);
    private DomainStep step;

    @Start
    void start(Stage stage) {
        session.preflightProperty().set(FakeDns.server(FakeDns.SERVER_V4));
        step = new DomainStep(session, EngineWork.direct(), StepTests.english(), dns, Debounce.immediate());
        StepTests.show(stage, step.view());
    }

    @Test
    void anInvalidDomainIsSaidAtItsField(FxRobot robot) {
        robot.clickOn("#domainName").write("meet..example");
        Label error = robot.lookup("#domainNameError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertFalse(error.getText().isEmpty());
        assertEquals(error.getText(), robot.lookup("#domainName").queryAs(TextField.class).getAccessibleHelp());
        assertFalse(robot.lookup("#dnsInstructions").queryAs(Label.class).isVisible());
        assertFalse(step.canLeaveProperty().get());
    }

    @Test
    void aDomainPointingElsewhereShowsTheRecordToCreate(FxRobot robot) {
        robot.clickOn("#domainName").write("meet.schule-am-see.de");
        Label instructions = robot.lookup("#dnsInstructions").queryAs(Label.class);
        assertTrue(instructions.isVisible());
        assertTrue(instructions.getText().startsWith("At your domain's provider, create an A record: name meet, value 203.0.113.10"));
        assertTrue(robot.lookup("#dnsConsequence").queryAs(Label.class).getText().contains("Next waits"));
        assertTrue(robot.lookup("#dnsCard").query().getStyleClass().contains("danger"));

        dns.points("meet.schule-am-see.de", FakeDns.SERVER_V4);
        robot.press(KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT);
        assertFalse(instructions.isVisible());
        assertEquals("meet.schule-am-see.de points to your server (203.0.113.10).",
                robot.lookup("#dnsSummary").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#dnsCard").query().getStyleClass().contains("success"));
    }

    @Test
    void choosingSelfSignedShowsTheWarningAndHidesTheEmail(FxRobot robot) {
        assertFalse(shown(robot, "#selfSignedWarning"));
        assertTrue(shown(robot, "#adminEmail"));
        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        assertTrue(shown(robot, "#selfSignedWarning"));
        assertEquals("Browsers will warn everyone who joins; use it only to try OwnMeet out.",
                robot.lookup("#selfSignedWarning").queryAs(Label.class).getText());
        assertFalse(shown(robot, "#adminEmail"));
        assertEquals(CertificateMode.SELF_SIGNED, session.profile().certificates().mode());

        robot.press(KeyCode.ALT, KeyCode.O).release(KeyCode.O, KeyCode.ALT);
        assertTrue(robot.lookup("#certificateOwnFiles").queryAs(RadioButton.class).isSelected());
        assertTrue(shown(robot, "#certificateFile"));
        assertFalse(shown(robot, "#selfSignedWarning"));
    }

    @Test
    void theCertificateServiceIsBehindAdvancedAndAnotherAddressIsChecked(FxRobot robot) {
        assertFalse(robot.lookup("#certificateAdvanced").queryAs(TitledPane.class).isExpanded());
        reveal(robot, "#certificateAdvanced");
        robot.clickOn("#certificateAdvanced .title");
        reveal(robot, "#acmeOther");
        robot.clickOn("#acmeOther");
        reveal(robot, "#acmeDirectory");
        robot.clickOn("#acmeDirectory").write("pebble");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        assertTrue(robot.lookup("#acmeDirectoryError").queryAs(Label.class).isVisible());
        reveal(robot, "#acmeDirectory");
        robot.clickOn("#acmeDirectory").eraseText(6).write("https://ca.test:14000/dir");
        assertFalse(robot.lookup("#acmeDirectoryError").queryAs(Label.class).isVisible());
        assertEquals("https://ca.test:14000/dir", session.profile().certificates().acmeDirectory());
    }

    /** Scrolls the page so that the node is in sight (the page is taller than a small laptop's window). */
    private static void reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Node up = node;
            while (!(up instanceof ScrollPane)) {
                up = up.getParent();
            }
            ScrollPane scroll = (ScrollPane) up;
            scroll.applyCss();
            scroll.layout();
            Bounds at = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double hidden = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(hidden <= 0 ? 0 : Math.max(0, Math.min(1, (at.getMinY() - 20) / hidden)));
        });
    }

    /** Visible on screen: the node and every parent (a choice's details are hidden as a whole). */
    private static boolean shown(FxRobot robot, String query) {
        for (Node node = robot.lookup(query).query(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
