package org.ownmeet.steps.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.installers.ssh.hostkey.HostKey;
import org.ownmeet.installers.ssh.problem.HostKeyChangedProblem;
import org.ownmeet.installers.ssh.problem.UnknownHostProblem;
import org.ownmeet.installers.ssh.problem.WrongPasswordProblem;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.connection.ConnectionFakes.FakeServer;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The connection page driven by keyboard and mouse, connecting in the background to a fake server. */
@ExtendWith(ApplicationExtension.class)
class ConnectionViewTest {
    private final WizardSession session = StepTests.session();
    private final FakeServer server = new FakeServer();
    private ConnectionStep step;

    @Start
    void start(Stage stage) {
        step = new ConnectionStep(session, EngineWork.singleThread(Platform::runLater), StepTests.english(), server);
        StepTests.show(stage, step.view());
    }

    private void typeLogin(FxRobot robot, String host) {
        robot.clickOn("#connectionHost").write(host);
        robot.clickOn("#connectionUser").write("root");
        robot.clickOn("#connectionPassword").write("secret");
    }

    private void knownServer(String host) {
        session.knownHosts().pin(host, 22, ConnectionFakes.KEY);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Visible, and so is every node around it. */
    private static boolean shown(FxRobot robot, String query) {
        Node node = robot.lookup(query).tryQuery().orElse(null);
        for (; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return robot.lookup(query).tryQuery().isPresent();
    }

    @Test
    void enterConnectsAndTheFirstUseDialogShowsTheFingerprintAsSshPrintsIt(FxRobot robot) throws TimeoutException {
        typeLogin(robot, "203.0.113.10");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#hostKeyFingerprint").tryQuery().isPresent());

        assertEquals("ED25519 key fingerprint is " + ConnectionFakes.KEY.fingerprint(), text(robot, "#hostKeyFingerprint"));
        assertTrue(robot.lookup("#connectionHost").query().isDisabled(), "the fields wait while connecting");
        robot.clickOn("#hostKeyTrust");
        waitUntil(() -> step.canLeaveProperty().get());

        assertTrue(shown(robot, "#preflightCard"));
        assertEquals("✓ Debian GNU/Linux 12 (bookworm): supported", text(robot, "#preflightSystem"));
        assertEquals("Memory: 8.0 GB", text(robot, "#preflightMemory"));
        assertEquals("Public addresses: 203.0.113.10, 2001:db8::10", text(robot, "#preflightAddresses"));
        assertEquals("", robot.lookup("#connectionPassword").queryAs(TextField.class).getText());
        assertEquals(List.of(ConnectionFakes.KEY), session.knownHosts().pinned("203.0.113.10", 22));
    }

    @Test
    void aServerOwnMeetSetUpBeforeOffersManagingItInstead(FxRobot robot) throws TimeoutException {
        knownServer("203.0.113.10");
        server.preflight = new org.ownmeet.installers.session.Preflight("Debian GNU/Linux 12 (bookworm)", true, null, 4, 8192, 40960,
                List.of("203.0.113.10"), true, true, "meet.school.example");
        typeLogin(robot, "203.0.113.10");
        robot.clickOn("#connectButton");
        waitUntil(() -> shown(robot, "#manageInstead"));

        assertEquals("OwnMeet set up this server before for meet.school.example.", text(robot, "#preflightExisting"));
        robot.press(KeyCode.ALT).type(KeyCode.M).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.ownmeet.steps.welcome.StartChoice.MANAGE_SERVER, session.startChoiceProperty().get());
        assertFalse(shown(robot, "#manageInstead"), "offered once");
        assertTrue(step.canLeaveProperty().get(), "the connection stays");
    }

    @Test
    void escInTheDialogStopsAndSaysSoAtTheHost(FxRobot robot) throws TimeoutException {
        typeLogin(robot, "203.0.113.10");
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#hostKeyFingerprint").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> shown(robot, "#connectionHostError"));

        assertEquals(StepTests.english().get("connection.refused"), text(robot, "#connectionHostError"));
        assertFalse(step.canLeaveProperty().get());
    }

    @Test
    void aWrongPasswordIsSaidAtThePasswordField(FxRobot robot) throws TimeoutException {
        knownServer("203.0.113.10");
        server.failure = login -> new WrongPasswordProblem("root", "203.0.113.10", null);
        typeLogin(robot, "203.0.113.10");
        robot.clickOn("#connectButton");
        waitUntil(() -> shown(robot, "#connectionPasswordError"));

        assertTrue(text(robot, "#connectionPasswordError").startsWith("The server did not accept the password"));
        assertTrue(text(robot, "#connectionDetail").startsWith("For IT: "));
        assertTrue(robot.lookup("#connectionPassword").query().isFocused());
        assertFalse(shown(robot, "#connectionHostError"));
    }

    @Test
    void anUnknownHostIsSaidAtTheHostField(FxRobot robot) throws TimeoutException {
        knownServer("meet.example.invalid");
        server.failure = login -> new UnknownHostProblem("meet.example.invalid", null);
        typeLogin(robot, "meet.example.invalid");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#connectionHostError"));

        assertTrue(text(robot, "#connectionHostError").contains("cannot find a server"));
        assertTrue(robot.lookup("#connectionHost").query().isFocused());
    }

    @Test
    void aChangedKeyReplacesTheFormWithTheStopScreen(FxRobot robot) throws TimeoutException {
        knownServer("203.0.113.10");
        HostKey other = new HostKey("ssh-ed25519", "AAAAC3NzaC1lZDI1NTE5AAAAIBBBBkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl");
        server.failure = login -> new HostKeyChangedProblem("203.0.113.10", 22, List.of(ConnectionFakes.KEY), other);
        typeLogin(robot, "203.0.113.10");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#hostKeyChangedCard"));

        assertFalse(shown(robot, "#connectionForm"));
        assertTrue(text(robot, "#changedKeyOffered").endsWith(other.describe()));
        assertTrue(text(robot, "#changedKeyFile").contains(session.knownHosts().file().toString()));
        assertTrue(text(robot, "#changedKeyFile").contains("starts with 203.0.113.10"));
        assertFalse(step.canLeaveProperty().get());

        robot.type(KeyCode.SPACE); // the only button has the focus
        waitUntil(() -> shown(robot, "#connectionForm"));
        assertEquals("", robot.lookup("#connectionHost").queryAs(TextField.class).getText());
    }

    @Test
    void thePortTakesOnlyDigitsAndSaysSoAtTheField(FxRobot robot) {
        robot.doubleClickOn("#connectionPort").write("2x");
        assertEquals("2", robot.lookup("#connectionPort").queryAs(TextField.class).getText());
        assertEquals(StepTests.english().get("connection.port.digits"), text(robot, "#connectionPortError"));
    }

    @Test
    void theLoginMnemonicsSwitchToTheKeyFile(FxRobot robot) {
        robot.clickOn("#connectionHost");
        robot.press(KeyCode.ALT, KeyCode.K).release(KeyCode.K, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LoginMethod.KEY_FILE, step.viewModel().methodProperty().get());
        assertTrue(shown(robot, "#connectionKeyFile"));
        assertFalse(shown(robot, "#connectionPassword"));
        assertFalse(shown(robot, "#connectionPassphrase"), "asked only once the key turns out to need one");
    }
}
