package org.ownmeet.steps.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
class OrganisationViewTest {
    private final WizardSession session = StepTests.session();
    private OrganisationStep step;

    @Start
    void start(Stage stage) {
        step = new OrganisationStep(session, StepTests.english());
        StepTests.show(stage, step.view());
    }

    @Test
    void typingFillsTheProfileAndAWrongAddressIsSaidAtItsField(FxRobot robot) {
        robot.clickOn("#organisationName").write("Grundschule Am Park");
        robot.clickOn("#organisationContact").write("datenschutz@");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        Label error = robot.lookup("#organisationContactError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertFalse(error.getText().isEmpty());
        assertEquals(error.getText(), robot.lookup("#organisationContact").queryAs(TextField.class).getAccessibleHelp());
        assertFalse(step.canLeaveProperty().get());

        robot.clickOn("#organisationContact").write("schule-am-park.de");
        assertTrue(step.canLeaveProperty().get());
        assertFalse(error.isVisible());
        assertEquals("Grundschule Am Park", session.profile().organisation().name());
    }

    @Test
    void theMnemonicMovesTheFocusToItsField(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT);
        assertTrue(robot.lookup("#organisationContact").queryAs(TextField.class).isFocused());
    }
}
