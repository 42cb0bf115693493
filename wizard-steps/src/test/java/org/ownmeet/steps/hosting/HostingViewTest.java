package org.ownmeet.steps.hosting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.installers.profile.DataProtection.Safeguard;
import org.ownmeet.installers.profile.DataProtection.Transfer;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class HostingViewTest {
    private final WizardSession session = StepTests.session();
    private HostingStep step;

    @Start
    void start(Stage stage) {
        step = new HostingStep(session, StepTests.english());
        StepTests.show(stage, step.view());
        step.onShown();
    }

    private static void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes).release(codes);
    }

    @Test
    void ownPremisesChosenByItsMnemonicHideTheProvidersQuestions(FxRobot robot) {
        Node provider = robot.lookup("#providerBox").query();
        assertTrue(provider.isVisible());
        keys(robot, KeyCode.ALT, KeyCode.O);
        assertFalse(provider.isVisible());
        assertTrue(session.profile().organisation().dataProtection().hosting().ownPremises());
        keys(robot, KeyCode.ALT, KeyCode.P);
        assertTrue(provider.isVisible());
    }

    @Test
    void aDataCentreOutsideTheEeaAsksForTheTransferWhichIsAnsweredWithTheKeys(FxRobot robot) {
        robot.clickOn("#providerName").write("Example Cloud Inc.");
        robot.clickOn("#hostingCountry").write("US");
        Label needed = robot.lookup("#transferError").queryAs(Label.class);
        assertTrue(needed.isVisible());
        assertEquals(StepTests.english().format("field.transfer.missing", "US"), needed.getText());

        keys(robot, KeyCode.ALT, KeyCode.U);
        keys(robot, KeyCode.SPACE);
        assertFalse(needed.isVisible(), "ticked, the transfer's own questions speak");
        assertTrue(robot.lookup("#transferBox").query().isVisible());
        keys(robot, KeyCode.TAB);
        robot.write("US");
        keys(robot, KeyCode.TAB);
        keys(robot, KeyCode.F4);
        keys(robot, KeyCode.DOWN);
        keys(robot, KeyCode.DOWN);
        keys(robot, KeyCode.ENTER);
        assertEquals(new Transfer("US", Safeguard.STANDARD_CONTRACTUAL_CLAUSES), session.profile().organisation().dataProtection().transfer());
        assertTrue(step.canLeaveProperty().get());
    }
}
