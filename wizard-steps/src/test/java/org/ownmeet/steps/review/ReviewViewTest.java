package org.ownmeet.steps.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.installers.engine.InvalidProfileProblem;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.steps.FakeEngineRun;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ReviewViewTest {
    private final WizardSession session = StepTests.session();
    private final FakeEngineRun engine = new FakeEngineRun();
    private ReviewStep step;

    @Start
    void start(Stage stage) {
        step = new ReviewStep(new ReviewViewModel(session, EngineWork.direct(), StepTests.english(), () -> engine), StepTests.english());
        StepTests.show(stage, step.view());
    }

    private void shown(FxRobot robot) {
        robot.interact(step::onShown);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void thePlanShowsEachInstallerAndAFilesDiffOpensInColour(FxRobot robot) {
        engine.plan(ReviewViewModelTest.plan());
        shown(robot);

        assertEquals("OwnMeet will make 2 changes on your server, listed below.", text(robot, "#reviewSummary"));
        assertTrue(robot.lookup("#reviewNotYetChanged").query().isVisible());
        assertTrue(text(robot, "#reviewNotYetChanged").startsWith("Nothing on your server has changed yet."));
        assertEquals("Will restart: jicofo, prosody", text(robot, "#reviewRestarts-authentication"));
        assertFalse(robot.lookup("#reviewLoading").query().isVisible());
        assertTrue(step.canLeaveProperty().get());
        assertTrue(robot.lookup("#reviewDiff-authentication-0").tryQuery().isEmpty(), "a diff is built when it is opened");

        robot.clickOn("#reviewDetail-authentication-0");
        ScrollPane diff = robot.lookup("#reviewDiff-authentication-0").queryAs(ScrollPane.class);
        assertTrue(diff.isVisible());
        List<Text> lines = robot.from(diff).lookup(".diff-line").queryAllAs(Text.class).stream().toList();
        Text added = lines.stream().filter(t -> t.getText().startsWith("+c")).findFirst().orElseThrow();
        assertTrue(added.getStyleClass().contains("diff-added"));
        Text removed = lines.stream().filter(t -> t.getText().startsWith("-b")).findFirst().orElseThrow();
        assertTrue(removed.getStyleClass().contains("diff-removed"));
        assertTrue(lines.stream().anyMatch(t -> t.getText().startsWith("@@") && t.getStyleClass().contains("diff-hunk")));
        assertEquals("Hide the change", robot.lookup("#reviewDetail-authentication-0").queryAs(ToggleButton.class).getText());

        // the keyboard closes it again: the toggle has the focus after the click, Space presses it
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        assertFalse(diff.isVisible());
        assertEquals("Show the change", robot.lookup("#reviewDetail-authentication-0").queryAs(ToggleButton.class).getText());
    }

    @Test
    void aPendingChangesDetailOpensByKeyboardAlone(FxRobot robot) {
        engine.plan(ReviewViewModelTest.plan());
        shown(robot);
        ToggleButton toggle = robot.lookup("#reviewDetail-packages-0").queryAs(ToggleButton.class);
        robot.interact(toggle::requestFocus);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        Node detail = robot.lookup("#reviewDiff-packages-0").query();
        assertTrue(detail.isVisible());
        assertTrue(robot.from(detail).lookup(".diff-line").queryAllAs(Text.class).stream().anyMatch(t -> t.getText().startsWith("jitsi-meet")));
    }

    @Test
    void aPlanWithNothingToChangeSaysSoAndNothingElse(FxRobot robot) {
        engine.plan(new Plan(List.of(new Plan.Step("packages", "Install Jitsi Meet", List.of()))));
        shown(robot);

        assertEquals("Your server is already set up as you asked: nothing to change.", text(robot, "#reviewSummary"));
        assertFalse(robot.lookup("#reviewNotYetChanged").query().isVisible());
        assertTrue(step.canLeaveProperty().get());
    }

    @Test
    void anInvalidAnswerIsSaidAndPlanAgainWorksFromTheKeyboard(FxRobot robot) {
        List<FieldError> errors = ReviewViewModelTest.withoutDomain();
        engine.plan(new InvalidProfileProblem(errors)).plan(ReviewViewModelTest.plan());
        shown(robot);

        assertTrue(robot.lookup("#reviewProblemCard").query().isVisible());
        assertFalse(robot.lookup("#reviewSummaryCard").query().isVisible());
        assertEquals(errors.stream().map(error -> "• " + StepTests.english().fieldWithName(error)).toList(),
                robot.lookup("#reviewProblemFields").lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList());
        assertFalse(text(robot, "#reviewProblem").contains(errors.get(0).message()), "the engine's English list is not shown");
        assertFalse(step.canLeaveProperty().get());

        robot.press(KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT);
        assertFalse(robot.lookup("#reviewProblemCard").query().isVisible());
        assertTrue(robot.lookup("#reviewSummaryCard").query().isVisible());
        assertEquals(2, engine.planCalls);
    }
}
