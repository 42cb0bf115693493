package org.ownmeet.steps.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.installers.password.problem.WrongCurrentPasswordProblem;
import org.ownmeet.installers.web.HttpsServer;
import org.ownmeet.installers.web.ServerTrust;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.work.EngineWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PasswordChangeViewTest {
    private final CopyOnWriteArrayList<String> changed = new CopyOnWriteArrayList<>();
    private PasswordChangeStep step;

    @Start
    void start(Stage stage) {
        step = new PasswordChangeStep(EngineWork.singleThread(javafx.application.Platform::runLater), StepTests.english(),
                domain -> HttpsServer.of(domain, ServerTrust.system()), (server, user, current, next) -> {
                    if (String.valueOf(current.chars()).equals("wrong-one")) {
                        throw new WrongCurrentPasswordProblem(user, server.domain(), "not-authorized");
                    }
                    changed.add(user + "@" + server.domain());
                });
        StepTests.show(stage, step.view());
    }

    private void fill(FxRobot robot, String current) {
        robot.clickOn("#passwordDomain").write("meet.example.org");
        robot.clickOn("#passwordUser").write("alice");
        robot.clickOn("#passwordCurrent").write(current);
        robot.clickOn("#passwordNew").write("violet tractor honey lamp");
        robot.clickOn("#passwordRepeat").write("violet tractor honey lamp");
    }

    @Test
    void theStrengthMeterAndTheRulesMessagesFollowTheTyping(FxRobot robot) {
        robot.clickOn("#passwordUser").write("alice");
        robot.clickOn("#passwordNew").write("alice123");
        Label words = robot.lookup("#passwordStrength").queryAs(Label.class);
        ProgressBar bar = robot.lookup("#passwordStrengthBar").queryAs(ProgressBar.class);
        assertTrue(words.getText().contains("eak"), words.getText());
        assertTrue(bar.getProgress() <= 0.4, "bar " + bar.getProgress());
        assertTrue(robot.lookup("#passwordNewError").queryAs(Label.class).getText().startsWith("Too short"));

        robot.clickOn("#passwordNew").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("violet tractor honey lamp");
        assertTrue(bar.getProgress() >= 0.8, "bar " + bar.getProgress());
        assertTrue(bar.getStyleClass().contains("strength-3") || bar.getStyleClass().contains("strength-4"), bar.getStyleClass()::toString);
        assertFalse(robot.lookup("#passwordNewError").queryAs(Label.class).isVisible());
    }

    @Test
    void changeSaysWhatCameOfItAndAWrongPasswordIsSaidToo(FxRobot robot) throws Exception {
        fill(robot, "wrong-one");
        robot.clickOn("#passwordChangeButton");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#passwordOutcome").queryAs(Label.class).getText().isEmpty());
        assertEquals("The server refused the current password of alice@meet.example.org. Check it and type it again (mind "
                + "capital letters).", robot.lookup("#passwordOutcome").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#passwordOutcomeCard").query().getStyleClass().contains("danger"));

        robot.clickOn("#passwordCurrent").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Kx7-one-time");
        robot.clickOn("#passwordChangeButton");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !changed.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#passwordOutcomeCard").query().getStyleClass().contains("success"));
        assertTrue(robot.lookup("#passwordOutcome").queryAs(Label.class).getText().startsWith("Your password is changed."));
        assertEquals("", robot.lookup("#passwordCurrent").queryAs(javafx.scene.control.PasswordField.class).getText());
        assertTrue(step.canLeaveProperty().get());
    }
}
