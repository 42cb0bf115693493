package org.ownmeet.steps.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.installers.profile.Profile.MeetingSize;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MeetingViewTest {
    private final WizardSession session = StepTests.session();
    private MeetingStep step;

    @Start
    void start(Stage stage) {
        step = new MeetingStep(session, StepTests.english());
        StepTests.show(stage, step.view());
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theSizeIsChosenWithArrowsSpaceAndMnemonics(FxRobot robot) {
        assertTrue(robot.lookup("#size-up-to-25").queryAs(RadioButton.class).isSelected());
        robot.clickOn("#size-up-to-10");
        assertEquals(MeetingSize.UP_TO_10, session.profile().meetingSize());
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.SPACE);
        assertEquals(MeetingSize.UP_TO_50, session.profile().meetingSize());
        robot.press(KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT);
        assertEquals(MeetingSize.MORE_THAN_100, session.profile().meetingSize());
        assertEquals("8", text(robot, "#coresNeeded"));
        assertEquals("16 GB", text(robot, "#memoryNeeded"));
        assertTrue(step.canLeaveProperty().get());
    }

    @Test
    void beforeTheServerIsCheckedTheChartSaysSo(FxRobot robot) {
        assertTrue(robot.lookup("#serverNotChecked").queryAs(Label.class).isVisible());
        assertEquals("not checked yet", text(robot, "#coresHas"));
        assertFalse(robot.lookup("#meetingWarningCard").query().isVisible());
    }

    @Test
    void aSmallServerShowsItsBarsAndTheEnginesWarning(FxRobot robot) {
        robot.interact(() -> session.preflightProperty().set(MeetingViewModelTest.server(2, 2048)));
        robot.clickOn("#size-up-to-100-card");
        assertEquals("8", text(robot, "#coresNeeded"));
        assertEquals("2", text(robot, "#coresHas"));
        assertEquals("2 GB", text(robot, "#memoryHas"));
        assertFalse(robot.lookup("#serverNotChecked").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#meetingWarningCard").query().isVisible());
        assertEquals(step.viewModel().warningProperty().get(), text(robot, "#meetingWarning"));
        assertTrue(text(robot, "#meetingWarning").startsWith("This server has 2 processor cores"));

        Region needed = (Region) robot.lookup(".bar-needed").nth(0).query();
        Region short_ = (Region) robot.lookup(".bar-short").nth(0).query();
        assertEquals(needed.getWidth() / 4, short_.getWidth(), 1.0, "2 cores drawn a quarter as long as the 8 needed");
        assertTrue(step.canLeaveProperty().get(), "Next stays allowed");
    }
}
