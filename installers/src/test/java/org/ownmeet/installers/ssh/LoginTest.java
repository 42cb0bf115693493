package org.ownmeet.installers.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.installers.ssh.problem.AgentUnavailableProblem;
import org.ownmeet.installers.ssh.problem.KeyFileUnreadableProblem;
import org.ownmeet.installers.ssh.problem.KeyNeedsPassphraseProblem;
import org.ownmeet.installers.ssh.problem.KeyRejectedProblem;
import org.ownmeet.installers.ssh.problem.WrongKeyPassphraseProblem;
import org.ownmeet.installers.ssh.problem.WrongPasswordProblem;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.host.BackgroundProcess;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.host.Ports;
import org.ownmeet.testbed.sshd.LoopbackSshd;

@TestBedTest
class LoginTest {
    private static final String PASSPHRASE = "keys-are-locked-" + System.nanoTime();
    @TempDir
    static Path keys;
    private static KnownHosts knownHosts;

    /** One key per type, plain and with a passphrase, all authorised for the test user. */
    @BeforeAll
    static void makeKeys(LoopbackSshd sshd) {
        for (String type : List.of("ed25519", "rsa", "ecdsa")) {
            HostCommand.of("ssh-keygen", "-q", "-t", type, "-N", "", "-f", keys.resolve(type).toString()).run();
            HostCommand.of("ssh-keygen", "-q", "-t", type, "-N", PASSPHRASE, "-f", keys.resolve(type + "-locked").toString()).run();
            sshd.authorize(keys.resolve(type + ".pub"));
            sshd.authorize(keys.resolve(type + "-locked.pub"));
        }
        HostCommand.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", keys.resolve("stranger").toString()).run();
        knownHosts = SshTestSupport.knownHostsTrusting(keys, sshd.host(), sshd.port(),
                SshTestSupport.hostKey(sshd.hostPublicKeys(), "ED25519"));
    }

    @Test
    void password(LoopbackSshd sshd) {
        assertLoggedIn(sshd, new SshLogin.Password(Secret.of(sshd.password())));
    }

    @Test
    void wrongPassword(LoopbackSshd sshd) {
        WrongPasswordProblem problem = assertThrows(WrongPasswordProblem.class,
                () -> connect(sshd, new SshLogin.Password(Secret.of("not-" + sshd.password()))));
        assertTrue(problem.userMessage().contains(sshd.user()), problem.userMessage());
    }

    @ParameterizedTest(name = "{0} key, {1}")
    @CsvSource({"ed25519, plain", "ed25519, locked", "rsa, plain", "rsa, locked", "ecdsa, plain", "ecdsa, locked"})
    void keyFile(String type, String protection, LoopbackSshd sshd) {
        boolean locked = protection.equals("locked");
        Path key = keys.resolve(locked ? type + "-locked" : type);
        assertLoggedIn(sshd, new SshLogin.KeyFile(key, locked ? Secret.of(PASSPHRASE) : null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ed25519", "rsa", "ecdsa"})
    void lockedKeyWithoutPassphrase(String type, LoopbackSshd sshd) {
        assertThrows(KeyNeedsPassphraseProblem.class,
                () -> connect(sshd, new SshLogin.KeyFile(keys.resolve(type + "-locked"), null)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ed25519", "rsa", "ecdsa"})
    void lockedKeyWithWrongPassphrase(String type, LoopbackSshd sshd) {
        assertThrows(WrongKeyPassphraseProblem.class,
                () -> connect(sshd, new SshLogin.KeyFile(keys.resolve(type + "-locked"), Secret.of("wrong-passphrase"))));
    }

    @Test
    void keyTheServerDoesNotKnow(LoopbackSshd sshd) {
        assertThrows(KeyRejectedProblem.class, () -> connect(sshd, new SshLogin.KeyFile(keys.resolve("stranger"), null)));
    }

    @Test
    void publicHalfOrMissingFileInsteadOfAKey(LoopbackSshd sshd) {
        assertThrows(KeyFileUnreadableProblem.class, () -> connect(sshd, new SshLogin.KeyFile(keys.resolve("ed25519.pub"), null)));
        assertThrows(KeyFileUnreadableProblem.class, () -> connect(sshd, new SshLogin.KeyFile(keys.resolve("nowhere"), null)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ed25519", "rsa", "ecdsa"})
    void keyHeldByAnSshAgent(String type, LoopbackSshd sshd) {
        try (BackgroundProcess agent = startAgent("agent-" + type)) {
            Path socket = keys.resolve("agent-" + type + ".sock");
            HostCommand.of("ssh-add", keys.resolve(type).toString()).env("SSH_AUTH_SOCK", socket.toString()).run();
            assertLoggedIn(sshd, new SshLogin.Agent(socket));
        }
    }

    @Test
    void agentWithoutKeysOrWithoutAgent(LoopbackSshd sshd) {
        try (BackgroundProcess agent = startAgent("agent-empty")) {
            assertThrows(AgentUnavailableProblem.class, () -> connect(sshd, new SshLogin.Agent(keys.resolve("agent-empty.sock"))));
        }
        assertThrows(AgentUnavailableProblem.class, () -> connect(sshd, new SshLogin.Agent(keys.resolve("no-agent.sock"))));
    }

    /** A fresh login is a connection of its own (the server sees another client port), and closing it leaves the first. */
    @Test
    void aFreshLoginIsANewConnectionWithTheSameLogin(LoopbackSshd sshd) {
        try (SshSession session = connect(sshd, new SshLogin.KeyFile(keys.resolve("ed25519-locked"), Secret.of(PASSPHRASE)))) {
            String first = clientPort(session);
            try (SshSession fresh = session.freshLogin()) {
                assertEquals(sshd.user(), fresh.run(RemoteScript.asUser("who am I", "whoami")).stdoutText());
                assertNotEquals(first, clientPort(fresh), "the fresh login came over the same connection");
            }
            assertEquals(first, clientPort(session));
        }
    }

    private static String clientPort(SshSession session) {
        return session.run(RemoteScript.asUser("where from", "echo \"$SSH_CONNECTION\" | cut -d' ' -f2")).stdoutText();
    }

    private static BackgroundProcess startAgent(String name) {
        Path socket = keys.resolve(name + ".sock");
        BackgroundProcess agent = BackgroundProcess.start(name, List.of("ssh-agent", "-D", "-a", socket.toString()), Map.of(),
                Duration.ofSeconds(5));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.exists(socket) && System.nanoTime() < deadline) {
            agent.requireAlive();
            Ports.sleep(20);
        }
        return agent;
    }

    private static void assertLoggedIn(LoopbackSshd sshd, SshLogin login) {
        try (SshSession session = connect(sshd, login)) {
            assertEquals(sshd.user(), session.run(RemoteScript.asUser("who am I", "whoami")).stdoutText());
        }
    }

    private static SshSession connect(LoopbackSshd sshd, SshLogin login) {
        return new SshConnector(knownHosts, SshSettings.defaults())
                .connect(new SshTarget(sshd.host(), sshd.port(), sshd.user()), login, null, event -> { });
    }
}
