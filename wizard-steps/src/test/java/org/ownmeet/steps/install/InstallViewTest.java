package org.ownmeet.steps.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.installers.engine.ApplyContext.HostCredential;
import org.ownmeet.installers.engine.ChangeRejectedProblem;
import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.standard.StandardInstallers;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.session.ApplyCancelledProblem;
import org.ownmeet.steps.FakeEngineRun;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The install page with a fake engine on a thread of its own, as the wizard runs it; events reach the page through the pulse. */
@ExtendWith(ApplicationExtension.class)
class InstallViewTest {
    private final WizardSession session = StepTests.session();
    private final FakeEngineRun engine = new FakeEngineRun();
    private InstallStep step;

    @Start
    void start(Stage stage) {
        EngineWork work = EngineWork.singleThread(Platform::runLater);
        step = new InstallStep(new InstallViewModel(session, work, StepTests.english(), () -> engine, EventPulse.every100ms(work),
                System::nanoTime), StepTests.english());
        StepTests.show(stage, step.view());
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> node.isVisible()).orElse(false);
    }

    private static boolean lists(FxRobot robot, String box, String item) {
        return robot.lookup(box).lookup(".label").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals(item));
    }

    @Test
    void theRowsMoveThroughTheirStatesWhileTheLogFills(FxRobot robot) throws Exception {
        CountDownLatch updatesDone = new CountDownLatch(1);
        engine.apply(listener -> {
            listener.on(new EngineEvent.StepStarted("packages", "Install Jitsi Meet"));
            listener.on(new EngineEvent.Waiting("System updates are in progress on the server (apt, process 7)"));
            updatesDone.await(10, TimeUnit.SECONDS);
            listener.on(InstallViewModelTest.line("Setting up jitsi-meet"));
            listener.on(new EngineEvent.StepFinished("packages", Duration.ofSeconds(90)));
            listener.on(new EngineEvent.StepStarted("privacy", "Meetings contact nobody"));
            listener.on(new EngineEvent.StepFinished("privacy", Duration.ofSeconds(2)));
        });
        robot.interact(step::onShown);

        await(() -> visible(robot, "#installWaiting"));
        assertEquals("Running", text(robot, "#installRowState-packages"));
        assertEquals("Waiting", text(robot, "#installRowState-privacy"));
        assertEquals("Installing on your server…", text(robot, "#installStatus"));
        assertEquals("System updates are running on the server; OwnMeet waits for them to finish.", text(robot, "#installWaitingText"));
        assertFalse(step.canGoBackProperty().get(), "Back is off while the server is being changed");
        assertFalse(step.canLeaveProperty().get());

        updatesDone.countDown();
        await(() -> visible(robot, "#installSucceeded"));
        assertFalse(visible(robot, "#installWaiting"));
        assertEquals("Done", text(robot, "#installRowState-packages"));
        assertEquals("Nothing to change", text(robot, "#installRowState-authentication"));
        assertEquals("Done", text(robot, "#installRowState-privacy"));
        assertEquals("Nothing to change", text(robot, "#installRowState-logging"));
        assertEquals(1.0, robot.lookup("#installProgress").queryAs(ProgressBar.class).getProgress());
        int steps = StandardInstallers.all().size();
        assertEquals(steps + " of " + steps + " steps done", text(robot, "#installProgressText"));
        List<String> log = robot.lookup("#installLog").<String>queryListView().getItems();
        assertEquals("==> Install Jitsi Meet", log.get(0));
        assertTrue(log.contains("    | Setting up jitsi-meet"));
        assertTrue(step.canLeaveProperty().get());
        assertTrue(step.serverChanged());
    }

    @Test
    void cancelAsksFirstAndThenSaysWhatIsDoneAndWhatIsLeft(FxRobot robot) throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        engine.onCancel = stop::countDown;
        engine.apply(listener -> {
            listener.on(new EngineEvent.StepStarted("packages", "Install Jitsi Meet"));
            listener.on(new EngineEvent.StepFinished("packages", Duration.ofSeconds(90)));
            listener.on(new EngineEvent.StepStarted("authentication", "Only hosts open meetings"));
            stop.await(10, TimeUnit.SECONDS);
            throw new ApplyCancelledProblem(List.of("packages"), List.of("authentication", "host-accounts"),
                    List.of(new HostCredential("anna", Secret.of("first-secret".toCharArray()))));
        });
        robot.interact(step::onShown);
        await(() -> "Running".equals(text(robot, "#installRowState-authentication")));

        AtomicBoolean kept = new AtomicBoolean();
        Platform.runLater(() -> kept.set(step.onCancel()));
        await(() -> visible(robot, "#installCancelConfirmation"));
        assertTrue(robot.lookup("#installCancelConfirmation").queryAs(DialogPane.class).getContentText()
                .startsWith("OwnMeet finishes the command running now safely and stops"));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        await(() -> !visible(robot, "#installCancelConfirmation"));
        assertTrue(kept.get(), "the page stays while the run goes on");
        assertFalse(engine.cancelled, "Enter keeps installing");

        Platform.runLater(step::onCancel);
        await(() -> visible(robot, "#installCancelConfirmation"));
        robot.clickOn("#confirmStopButton");
        await(() -> visible(robot, "#installCancelled"));
        assertTrue(engine.cancelled);
        assertTrue(lists(robot, "#installDone", "• Install Jitsi Meet"));
        assertTrue(lists(robot, "#installLeft", "• Host accounts"));
        assertEquals("Not run", text(robot, "#installRowState-authentication"));
        assertTrue(step.canGoBackProperty().get());
        assertEquals("anna", text(robot, "#installHost-0"));
        assertEquals("first-secret", robot.lookup("#installPassword-0").queryAs(TextField.class).getText(),
                "a host made before the stop gets their one-time password now");
        assertTrue(text(robot, "#installPasswordWarning").startsWith("Write these one-time passwords down now"));
    }

    @Test
    void aFailureSaysWhatWasPutBackAndTryAgainRunsAgain(FxRobot robot) throws Exception {
        engine.apply(listener -> {
            listener.on(new EngineEvent.StepStarted("authentication", "Only hosts open meetings"));
            listener.on(new EngineEvent.ChecksFailedAndUndone("Only hosts open meetings", "PROSODY", "error: bad option"));
            throw new ChangeRejectedProblem("Only hosts open meetings", "prosodyctl check config", "error: bad option");
        }).apply(listener -> {
            listener.on(new EngineEvent.StepStarted("authentication", "Only hosts open meetings"));
            listener.on(new EngineEvent.StepFinished("authentication", Duration.ofSeconds(1)));
        });
        robot.interact(step::onShown);

        await(() -> visible(robot, "#installFailed"));
        assertEquals("Failed", text(robot, "#installRowState-authentication"));
        assertTrue(text(robot, "#installProblem").contains("put the previous files back"));
        assertTrue(lists(robot, "#installUndone", "• The Prosody configuration check failed, so OwnMeet put the files back as they were."));
        assertTrue(text(robot, "#installProblemDetail").startsWith("For IT: prosodyctl check config failed"));
        assertTrue(step.canGoBackProperty().get());

        robot.clickOn("#installRetry");
        await(() -> visible(robot, "#installSucceeded"));
        assertFalse(visible(robot, "#installFailed"));
        assertEquals("Done", text(robot, "#installRowState-authentication"));
        assertEquals(2, engine.applyCalls);
        assertTrue(robot.lookup("#installLog").queryAs(ListView.class).getItems().contains("==> Only hosts open meetings"));
    }
}
