package org.ownmeet.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.engine.ApplyContext.HostCredential;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.EngineRun;
import org.ownmeet.installers.engine.EngineTestSupport;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.installers.web.HttpsServer;
import org.ownmeet.installers.web.ServerTrust;
import org.ownmeet.installers.xmpp.XmppClient;
import org.ownmeet.installers.xmpp.XmppProblem;
import org.ownmeet.installers.xmpp.XmppSession;
import org.ownmeet.steps.Flows;
import org.ownmeet.steps.WizardServices;
import org.ownmeet.steps.api.WizardStep;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Change my password" against a real server: the engine sets up a server with one host, alice, whose
 * one-time password only this test knows; then alice uses the page. A wrong current password and a
 * server that cannot be reached each give their message; then the change works, the one-time password is
 * refused and the new one works (the engine's XMPP client says so). The one-time password is in no log
 * and in no file OwnMeet keeps, here or on the server. Pictures: password-empty, -wrong, -changed.
 */
@TestBedTest
@ExtendWith(ApplicationExtension.class)
class PasswordChangeOnTestBedTest {
    private static final String NEW_PASSWORD = "violet tractor honey lamp";
    @TempDir
    static Path dir;
    private static DebianTarget target;
    private static String oneTimePassword;
    private static HttpsServer meetingServer;
    private Stage stage;

    @BeforeAll
    static void aServerWithOneHost(DebianTarget debian, JitsiStandInRepository jitsi) {
        target = debian;
        ApplyResult applied = EngineRun.apply(target, dir, EngineTestSupport.profile(target, jitsi, JitsiShape.CURRENT, "alice"),
                ApplyOptions.defaults());
        HostCredential alice = applied.newHosts().get(0);
        char[] chars = alice.oneTimePassword().chars();
        oneTimePassword = new String(chars);
        java.util.Arrays.fill(chars, '\0');
        String certificate = target.root("cat /etc/jitsi/meet/" + target.domain() + ".crt").run().output();
        meetingServer = new HttpsServer(target.domain(), Optional.of(target.address()), HttpsServer.HTTPS_PORT,
                ServerTrust.pinned(certificate));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aHostReplacesTheOneTimePasswordAfterAWrongPasswordAndAnUnreachableServer(FxRobot robot) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        int nowhere = closedPort;
        WizardServices services = WizardServices.system().withMeetingServer(domain -> domain.equals(target.domain()) ? meetingServer
                : new HttpsServer(domain, Optional.of("127.0.0.1"), nowhere, ServerTrust.system()));
        robot.interact(() -> show(services));
        WizardDriver wizard = new WizardDriver(robot, stage);
        Snapshots.save(stage.getScene(), "password-empty");

        wizard.type("#passwordDomain", target.domain());
        wizard.type("#passwordUser", "alice");
        wizard.type("#passwordCurrent", "not-the-one-time-password");
        wizard.type("#passwordNew", NEW_PASSWORD);
        wizard.type("#passwordRepeat", NEW_PASSWORD);
        wizard.click("#passwordChangeButton");
        String wrong = WizardDriver.TEXTS.format("problem.wrong-current-password", "alice", target.domain());
        wizard.waitUntil("the wrong password is said", Duration.ofSeconds(30), () -> wizard.text("#passwordOutcome").equals(wrong),
                () -> wizard.text("#passwordOutcome"));
        Snapshots.save(stage.getScene(), "password-wrong");

        wizard.type("#passwordDomain", "gone.example.org");
        wizard.type("#passwordCurrent", oneTimePassword);
        wizard.click("#passwordChangeButton");
        String unreachable = WizardDriver.TEXTS.format("problem.meeting-server-unreachable", "gone.example.org");
        wizard.waitUntil("the unreachable server is said", Duration.ofSeconds(30),
                () -> wizard.text("#passwordOutcome").equals(unreachable), () -> wizard.text("#passwordOutcome"));

        wizard.type("#passwordDomain", target.domain());
        wizard.click("#passwordChangeButton");
        String changed = WizardDriver.TEXTS.format("password.changed", "alice@" + target.domain());
        wizard.waitUntil("the change is done", Duration.ofSeconds(30), () -> wizard.text("#passwordOutcome").equals(changed),
                () -> wizard.text("#passwordOutcome"));
        Snapshots.save(stage.getScene(), "password-changed");

        XmppClient xmpp = new XmppClient(meetingServer);
        try (Secret old = Secret.of(oneTimePassword)) {
            XmppProblem refused = assertThrows(XmppProblem.class, () -> xmpp.logIn("alice", old).close());
            assertEquals(XmppProblem.Kind.NOT_AUTHORIZED, refused.kind());
        }
        try (Secret next = Secret.of(NEW_PASSWORD); XmppSession session = xmpp.logIn("alice", next)) {
            assertTrue(session.address().startsWith("alice@" + target.domain()), session.address());
        }
        assertInNoLogAndNoKeptFile(oneTimePassword);
        assertInNoLogAndNoKeptFile(NEW_PASSWORD);
    }

    private void show(WizardServices services) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        WizardSession session = new WizardSession(Profile.newProfile(), new KnownHosts(dir.resolve("known_hosts")));
        WizardStep step = Flows.changePassword(session, EngineWork.singleThread(Platform::runLater),
                WizardDriver.TEXTS, services).get(0);
        Label title = new Label(step.title());
        title.setStyle("-fx-font-size: 22px; -fx-font-weight: bold;");
        Label description = new Label(step.description());
        VBox page = new VBox(8, title, description, step.view());
        page.setStyle("-fx-padding: 24px;");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 820, 760));
        stage.show();
    }

    /** OwnMeet's log, the files this run made here, and OwnMeet's files and backups on the server. */
    private static void assertInNoLogAndNoKeptFile(String password) throws IOException {
        // the log file is made with its first line; a run that logged nothing has none
        Path log = Path.of("target", "ownmeet-test.log");
        assertFalse(Files.exists(log) && Files.readString(log).contains(password), "OwnMeet's log");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains(password), file.toString());
            }
        }
        String found = target.root("grep -rlF -- \"$(cat)\" /etc/ownmeet /var/backups/ownmeet /var/log 2>/dev/null || true")
                .stdin(password).run().output().strip();
        assertEquals("", found, "files on the server holding the password");
    }
}
