package org.ownmeet.steps.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.installers.profile.Profile.AccessLog;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PrivacyViewTest {
    private final WizardSession session = StepTests.session();
    private PrivacyStep step;

    @Start
    void start(Stage stage) {
        step = new PrivacyStep(session, StepTests.english());
        StepTests.show(stage, step.view());
    }

    private Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void theUpAndDownKeysChangeTheDaysAndTheSentenceFollows(FxRobot robot) {
        robot.clickOn("#retentionDays .text-field");
        robot.type(KeyCode.UP);
        assertEquals(8, session.profile().logging().retentionDays());
        robot.type(KeyCode.DOWN, 3);
        assertEquals(5, session.profile().logging().retentionDays());
        assertTrue(label(robot, "#retentionMeaning").getText().contains("after 5 days"));
    }

    @Test
    void aTypedNumberCountsAtOnceAndZeroMeansNoAccessLog(FxRobot robot) {
        robot.clickOn("#accessLogAnonymised");
        assertEquals(AccessLog.ANONYMISED, session.profile().logging().accessLog());
        robot.doubleClickOn("#retentionDays .text-field").write("0");
        assertEquals(0, session.profile().logging().retentionDays());
        assertTrue(label(robot, "#retentionMeaning").getText().startsWith("No access log at all."));
        Label warning = label(robot, "#accessLogWarning");
        assertTrue(warning.isVisible());
        assertTrue(warning.getText().contains("no access log is kept"), warning.getText());
        assertTrue(step.canLeaveProperty().get());
    }

    @Test
    void moreDaysThanAllowedIsTheEnginesErrorUntilTheFieldIsLeft(FxRobot robot) {
        robot.doubleClickOn("#retentionDays .text-field").write("400");
        Label error = label(robot, "#retentionDaysError");
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("365"), error.getText());
        assertFalse(step.canLeaveProperty().get());
        robot.type(KeyCode.TAB);
        assertEquals(365, robot.lookup("#retentionDays").queryAs(Spinner.class).getValue());
        assertEquals(365, session.profile().logging().retentionDays());
        assertFalse(error.isVisible());
        assertTrue(step.canLeaveProperty().get());
    }

    @Test
    void optionsToggleWithTheKeyboardAndSayWhatTheyDo(FxRobot robot) {
        // a mnemonic moves the focus to its option, Space turns it on or off
        robot.press(KeyCode.ALT, KeyCode.D).release(KeyCode.D, KeyCode.ALT).type(KeyCode.SPACE);
        assertTrue(session.profile().options().peerToPeer());
        assertTrue(label(robot, "#peerToPeerMeaning").getText().contains("see each other's internet address"));

        robot.press(KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT).type(KeyCode.SPACE);
        assertTrue(session.profile().options().desktopXmppClients());
        robot.type(KeyCode.SPACE);
        assertFalse(session.profile().options().desktopXmppClients());
        robot.type(KeyCode.SPACE);

        robot.press(KeyCode.ALT, KeyCode.F).release(KeyCode.F, KeyCode.ALT).type(KeyCode.SPACE);
        assertFalse(session.profile().options().firewall());
        assertFalse(robot.lookup("#firewall").queryAs(CheckBox.class).isSelected());
        assertTrue(label(robot, "#desktopAppsMeaning").getText().startsWith("Without OwnMeet's firewall"));
    }

    @Test
    void theAccessLogIsChosenWithArrowsAndSpace(FxRobot robot) {
        robot.clickOn("#accessLogOff");
        robot.type(KeyCode.DOWN).type(KeyCode.SPACE);
        assertTrue(robot.lookup("#accessLogAnonymised").queryAs(RadioButton.class).isSelected());
        assertEquals(AccessLog.ANONYMISED, session.profile().logging().accessLog());
        robot.press(KeyCode.ALT, KeyCode.N).release(KeyCode.N, KeyCode.ALT).type(KeyCode.SPACE);
        assertEquals(AccessLog.OFF, session.profile().logging().accessLog());
    }

    @Test
    void altAndTheUnderlinedLetterChoosesARadioButtonAtOnce(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        assertTrue(robot.lookup("#accessLogAnonymised").queryAs(RadioButton.class).isSelected(), "no Space needed");
        assertEquals(AccessLog.ANONYMISED, session.profile().logging().accessLog());
        robot.press(KeyCode.ALT, KeyCode.N).release(KeyCode.N, KeyCode.ALT);
        assertEquals(AccessLog.OFF, session.profile().logging().accessLog());
        robot.clickOn("#accessLogOff");
        assertTrue(robot.lookup("#accessLogOff").queryAs(RadioButton.class).isSelected(), "a click on the chosen one keeps it");

        boolean before = session.profile().options().peerToPeer();
        robot.clickOn("#peerToPeer");
        assertEquals(!before, session.profile().options().peerToPeer(), "a check box still turns over once per click");
    }
}
