package org.ownmeet.steps.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.installers.profile.DataProtection.ControllerType;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The kind of organisation chosen with the keyboard, and the officer's questions appearing where they are required. */
@ExtendWith(ApplicationExtension.class)
class OrganisationFactsViewTest {
    private final WizardSession session = StepTests.session();
    private OrganisationStep step;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        step = new OrganisationStep(session, StepTests.english());
        StepTests.show(stage, step.view());
        step.onShown();
    }

    private static void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes).release(codes);
    }

    @Test
    void theKindIsChosenWithTheKeysAndTheOfficerIsAskedOnlyForASchoolOrPublicBody(FxRobot robot) {
        Node officer = robot.lookup("#officerBox").query();
        assertFalse(officer.isVisible());
        keys(robot, KeyCode.ALT, KeyCode.K);
        assertTrue(robot.lookup("#type-publicBody").query().isFocused(), "the question's mnemonic goes to its first answer");
        keys(robot, KeyCode.SPACE);
        assertEquals(ControllerType.PUBLIC_BODY, session.profile().organisation().dataProtection().controllerType());
        assertTrue(officer.isVisible());
        assertFalse(step.canLeaveProperty().get(), "a school must name its officer's e-mail");

        keys(robot, KeyCode.RIGHT);
        assertEquals(ControllerType.COMPANY, step.viewModel().controllerTypeProperty().get(), "the arrow keys choose the next kind");
        assertFalse(officer.isVisible());
    }

    @Test
    void theOfficersAddressIsJudgedAtItsField(FxRobot robot) {
        robot.interact(() -> step.viewModel().controllerTypeProperty().set(ControllerType.PUBLIC_BODY));
        robot.interact(() -> ((ScrollPane) stage.getScene().getRoot()).setVvalue(1)); // the officer's questions are at the foot
        robot.clickOn("#officerEmail").write("dsb@");
        keys(robot, KeyCode.TAB);
        Label error = robot.lookup("#officerEmailError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertFalse(error.getText().isEmpty());
        robot.clickOn("#officerEmail").write("schulamt.de");
        assertFalse(error.isVisible());
        assertEquals("dsb@schulamt.de", session.profile().organisation().dataProtection().officerEmail());
    }
}
