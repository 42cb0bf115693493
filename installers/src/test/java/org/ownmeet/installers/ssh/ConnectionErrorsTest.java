package org.ownmeet.installers.ssh;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.installers.ssh.hostkey.PinnedHostKeyVerifier;
import org.ownmeet.installers.ssh.problem.ConnectionLostProblem;
import org.ownmeet.installers.ssh.problem.NetworkUnreachableProblem;
import org.ownmeet.installers.ssh.problem.ConnectionRefusedProblem;
import org.ownmeet.installers.ssh.problem.ConnectionTimedOutProblem;
import org.ownmeet.installers.ssh.problem.SshProblem;
import org.ownmeet.installers.ssh.problem.UnknownHostProblem;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.host.Ports;
import org.ownmeet.testbed.target.DebianTarget;

@TestBedTest
class ConnectionErrorsTest {

    @Test
    void unknownHost(@TempDir Path dir) {
        SshProblem problem = assertThrows(UnknownHostProblem.class, () -> connect(dir, "no-such-server.invalid", 22));
        assertTrue(problem.userMessage().contains("no-such-server.invalid"), problem.userMessage());
    }

    @Test
    void nothingListensOnThePort(@TempDir Path dir) {
        int closed = Ports.freeLoopbackPort();
        SshProblem problem = assertThrows(ConnectionRefusedProblem.class, () -> connect(dir, "127.0.0.1", closed));
        assertTrue(problem.userMessage().contains("port " + closed), problem.userMessage());
    }

    /** An address in the test bed's network (which the target brings up) where no host answers. */
    @Test
    void noAnswer(DebianTarget networkUp, @TempDir Path dir) {
        SshProblem problem = assertThrows(ConnectionTimedOutProblem.class, () -> connect(dir, "10.203.0.250", 22));
        assertTrue(problem.userMessage().contains("did not answer"), problem.userMessage());
    }

    @Test
    void whatTheNetworkSaysIsToldApart() {
        SshTarget target = new SshTarget("meet.example.org", 22, "debian");
        PinnedHostKeyVerifier noKeySeen = new PinnedHostKeyVerifier(new KnownHosts(Path.of("/nonexistent")), "meet.example.org", 22);
        Duration wait = Duration.ofSeconds(15);
        assertInstanceOf(ConnectionRefusedProblem.class,
                ConnectionErrors.whileConnecting(target, noKeySeen, wait, new ConnectException("Connection refused")));
        assertInstanceOf(NetworkUnreachableProblem.class,
                ConnectionErrors.whileConnecting(target, noKeySeen, wait, new ConnectException("Network is unreachable")));
        assertInstanceOf(ConnectionTimedOutProblem.class,
                ConnectionErrors.whileConnecting(target, noKeySeen, wait, new NoRouteToHostException("No route to host")));
        assertInstanceOf(ConnectionTimedOutProblem.class,
                ConnectionErrors.whileConnecting(target, noKeySeen, wait, new SocketTimeoutException("Connect timed out")));
        assertInstanceOf(UnknownHostProblem.class,
                ConnectionErrors.whileConnecting(target, noKeySeen, wait, new UnknownHostException("meet.example.org")));
        assertInstanceOf(ConnectionLostProblem.class,
                ConnectionErrors.whileConnecting(target, noKeySeen, wait, new java.io.EOFException("closed during key exchange")));
    }

    private static SshSession connect(Path dir, String host, int port) {
        return new SshConnector(new KnownHosts(dir.resolve("known_hosts")), SshSettings.defaults().withConnectTimeout(Duration.ofSeconds(3)))
                .connect(new SshTarget(host, port, "debian"), new SshLogin.Password(Secret.of("irrelevant")), null, e -> { });
    }
}
