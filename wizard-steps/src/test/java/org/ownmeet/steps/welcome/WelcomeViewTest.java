package org.ownmeet.steps.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WelcomeViewTest {
    private final WizardSession session = StepTests.session();
    private WelcomeStep step;

    @Start
    void start(Stage stage) {
        step = new WelcomeStep(session, StepTests.english());
        StepTests.show(stage, step.view());
    }

    @Test
    void everyChoiceIsOneClickAway(FxRobot robot) {
        assertTrue(step.canLeaveProperty().get());
        robot.clickOn("#choice-manage-server");
        assertEquals(StartChoice.MANAGE_SERVER, session.startChoiceProperty().get());
        robot.clickOn("#choice-change-password");
        assertEquals(StartChoice.CHANGE_PASSWORD, session.startChoiceProperty().get());
        assertTrue(step.canLeaveProperty().get());

        robot.clickOn("#choice-new-server");
        assertTrue(robot.lookup("#choice-new-server").queryAs(RadioButton.class).isSelected());
        assertTrue(step.canLeaveProperty().get());
    }

    @Test
    void theLanguageIsChosenWithTheKeyboard(FxRobot robot) {
        robot.clickOn("#languageChoice");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertEquals(Locale.GERMAN, session.languageProperty().get());
        assertEquals(Locale.GERMAN, robot.lookup("#languageChoice").queryAs(ComboBox.class).getValue());
    }
}
