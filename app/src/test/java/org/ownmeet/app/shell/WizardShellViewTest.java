package org.ownmeet.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WizardShellViewTest {
    private final ResourceBundle messages = ResourceBundle.getBundle("org.ownmeet.app.i18n.messages");
    private final List<FakeStep> steps = List.of(step("connection"), step("domain"), step("documents"));
    private WizardShellViewModel viewModel;

    private static FakeStep step(String id) {
        return new FakeStep(id, () -> new Label("page of " + id));
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        viewModel = new WizardShellViewModel(steps);
        stage.setScene(new Scene(new WizardShellView(viewModel, messages, new javafx.beans.property.SimpleBooleanProperty()).root(), 1040, 680));
        stage.show();
    }

    @Test
    void startsOnTheFirstStepWithBackDisabled(FxRobot robot) {
        assertTrue(button(robot, "#backButton").isDisabled());
        assertFalse(button(robot, "#nextButton").isDisabled());
        assertEquals("Next", button(robot, "#nextButton").getText());
        assertShows(robot, 0);
    }

    @Test
    void nextAndBackMoveThroughTheStepsAndTheListFollows(FxRobot robot) {
        robot.clickOn("#nextButton");
        assertShows(robot, 1);
        assertTrue(row(robot, "connection").getPseudoClassStates().contains(StepList.DONE));
        assertFalse(button(robot, "#backButton").isDisabled());

        robot.clickOn("#backButton");
        assertShows(robot, 0);
        assertTrue(row(robot, "domain").getPseudoClassStates().isEmpty(), "left with Back, so not done");
    }

    @Test
    void nextIsDisabledWhileTheStepCannotBeLeft(FxRobot robot) {
        robot.interact(() -> steps.get(0).canLeave.set(false));
        assertTrue(button(robot, "#nextButton").isDisabled());
        robot.interact(() -> steps.get(0).canLeave.set(true));
        assertFalse(button(robot, "#nextButton").isDisabled());
    }

    @Test
    void theLastStepOffersFinish(FxRobot robot) {
        robot.clickOn("#nextButton").clickOn("#nextButton");
        assertShows(robot, 2);
        assertEquals("Finish", button(robot, "#nextButton").getText());
        robot.clickOn("#nextButton");
        assertTrue(viewModel.closingProperty().get());
    }

    @Test
    void cancelAsksFirstAndKeepGoingKeepsTheWizardOpen(FxRobot robot) {
        robot.clickOn("#cancelButton");
        DialogPane dialog = robot.lookup("#quitConfirmation").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("Nothing has been changed on any server"), dialog.getContentText());
        assertTrue(button(robot, "#keepGoingButton").isDefaultButton(), "Enter must not quit");

        robot.clickOn("#keepGoingButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(viewModel.closingProperty().get());
        assertTrue(robot.lookup("#quitConfirmation").tryQuery().isEmpty());
    }

    @Test
    void cancelConfirmedClosesTheWizard(FxRobot robot) {
        robot.clickOn("#cancelButton").clickOn("#confirmQuitButton");
        assertTrue(viewModel.closingProperty().get());
    }

    private void assertShows(FxRobot robot, int index) {
        FakeStep step = steps.get(index);
        assertEquals(step.title(), robot.lookup("#stepTitle").queryAs(Label.class).getText());
        assertEquals("Step " + (index + 1) + " of 3", robot.lookup("#stepCounter").queryAs(Label.class).getText());
        StackPane content = robot.lookup("#stepContent").queryAs(StackPane.class);
        assertEquals(1, content.getChildren().size());
        assertSame(step.view(), content.getChildren().get(0));
        for (FakeStep other : steps) {
            boolean current = row(robot, other.id()).getPseudoClassStates().contains(StepList.CURRENT);
            assertEquals(other == step, current, "step list highlights " + other.id());
        }
        assertEquals(3, robot.lookup("#stepList").queryAs(Pane.class).getChildren().size());
    }

    private static Node row(FxRobot robot, String id) {
        return robot.lookup("#step-" + id).query();
    }

    private static Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Button.class);
    }
}
