package org.ownmeet.installers.ssh.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.SshConnector;
import org.ownmeet.installers.ssh.SshLogin;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshSettings;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.installers.ssh.event.SshEvent.Stream;
import org.ownmeet.installers.ssh.problem.CommandCancelledProblem;
import org.ownmeet.installers.ssh.problem.CommandTimedOutProblem;
import org.ownmeet.installers.ssh.problem.ConnectionLostProblem;
import org.ownmeet.installers.ssh.problem.ExitStatusMissingProblem;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.host.Ports;
import org.ownmeet.testbed.target.DebianTarget;

@TestBedTest
class RemoteRunTest {

    @AfterEach
    void noSshdLeftFrozen(DebianTarget target) {
        target.root("pkill -CONT -f '^sshd: " + target.user() + "' || true; rm -f /tmp/go").run();
    }

    @Test
    void linesArriveWhileTheScriptRunsAndTheExitStatusComesBack(DebianTarget target, @TempDir Path dir) throws Exception {
        CountDownLatch firstLine = new CountDownLatch(1);
        SshTestSupport.RecordedEvents events = new SshTestSupport.RecordedEvents();
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir, event -> {
            events.on(event);
            if (event instanceof SshEvent.OutputLine line && line.text().equals("first")) {
                firstLine.countDown();
            }
        })) {
            RemoteRun run = session.start(RemoteScript.asRoot("wait for a file", """
                    echo first
                    echo "to stderr" >&2
                    while [ ! -e /tmp/go ]; do sleep 0.05; done
                    echo second
                    exit 3
                    """));
            assertTrue(firstLine.await(20, TimeUnit.SECONDS), "the first line comes before the script ends");
            target.root("touch /tmp/go").run();
            RunResult result = run.await();

            assertEquals(3, result.exitStatus());
            assertEquals(List.of("first", "second"), result.stdout());
            assertEquals(List.of("to stderr"), result.stderr());
            assertEquals(List.of("first", "second"), events.lines(Stream.STDOUT).stream().map(SshEvent.OutputLine::text).toList());
            assertEquals(List.of("to stderr"), events.lines(Stream.STDERR).stream().map(SshEvent.OutputLine::text).toList(),
                    "the start line is OwnMeet's own and is not shown");
        }
    }

    @Test
    void tenMegabytesOnBothStreamsAtOnceDoNotBlock(DebianTarget target, @TempDir Path dir) {
        SshTestSupport.RecordedEvents events = new SshTestSupport.RecordedEvents();
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir, events)) {
            RunResult result = session.run(RemoteScript.asUser("a lot of output", """
                    lines() { head -c 12000000 /dev/zero | tr '\\0' "$1" | fold -w 99; }
                    lines e >&2 &
                    lines o
                    wait
                    """).withTimeout(Duration.ofMinutes(2)));
            assertEquals(0, result.exitStatus());
            int expected = 12_000_000 / 99 + 1;
            assertEquals(expected, events.lines(Stream.STDOUT).size());
            assertEquals(expected, events.lines(Stream.STDERR).size());
            assertEquals(OutputCapture.TAIL, result.stdout().size(), "the result keeps the last lines only");
        }
    }

    @Test
    void aScriptPastItsTimeLimitIsEndedOnTheServer(DebianTarget target, @TempDir Path dir) {
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir, e -> { })) {
            for (boolean root : new boolean[] {false, true}) {
                String body = "sleep 1001 & sleep 1002 & sleep 1003; wait";
                RemoteScript script = root ? RemoteScript.asRoot("endless", body) : RemoteScript.asUser("endless", body);
                assertThrows(CommandTimedOutProblem.class, () -> session.run(script.withTimeout(Duration.ofSeconds(2))));
                assertNoneLeft(target, "sleep 100");
            }
        }
    }

    @Test
    void cancellingEndsTheScriptAndWhatItStarted(DebianTarget target, @TempDir Path dir) {
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir, e -> { })) {
            RemoteRun run = session.start(RemoteScript.asRoot("endless", "sleep 2001 & sleep 2002; wait"));
            awaitRunning(target, "sleep 2002");
            run.cancel();
            assertThrows(CommandCancelledProblem.class, run::await);
            assertNoneLeft(target, "sleep 200");
            assertEquals("still usable", session.run(RemoteScript.asUser("after", "echo still usable")).stdoutText());
        }
    }

    @Test
    void aKilledSshdIsALostConnection(DebianTarget target, @TempDir Path dir) {
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir, e -> { })) {
            RemoteRun run = session.start(RemoteScript.asUser("long", "sleep 3001"));
            awaitRunning(target, "sleep 3001");
            target.root("pkill -KILL -f '^sshd: " + target.user() + "'").run();
            ConnectionLostProblem lost = assertThrows(ConnectionLostProblem.class, run::await);
            assertTrue(lost.userMessage().contains("was lost"), lost.userMessage());
            assertThrows(ConnectionLostProblem.class, () -> session.run(RemoteScript.asUser("after", "true")));
        }
    }

    /** sshd reports a signal instead of an exit status when the process it started is killed: that is a failure. */
    @Test
    void noExitStatusIsAFailure(DebianTarget target, @TempDir Path dir) {
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir, e -> { })) {
            RemoteRun run = session.start(RemoteScript.asUser("long", "sleep 5001"));
            awaitRunning(target, "sleep 5001");
            target.root("""
                    pkill -KILL -f '^setsid -w bash'
                    for pid in $(pgrep -f '^timeout --kill-after'); do kill -KILL -- -$pid; done
                    """).run();
            ExitStatusMissingProblem missing = assertThrows(ExitStatusMissingProblem.class, run::await);
            assertTrue(missing.detail().contains("KILL"), missing.detail());
            assertEquals("still usable", session.run(RemoteScript.asUser("after", "echo still usable")).stdoutText());
        }
    }

    /** The server stops answering (its sshd is frozen): keep-alive probes notice, long before the script's time limit. */
    @Test
    void keepAliveNoticesAServerThatStoppedAnswering(DebianTarget target, @TempDir Path dir) {
        SshSettings settings = SshSettings.defaults().withKeepAlive(Duration.ofSeconds(1), 2);
        try (SshSession session = new SshConnector(SshTestSupport.knownHostsTrusting(dir, target.address(), 22,
                SshTestSupport.hostKey(target.hostPublicKeys(), "ED25519")), settings)
                .connect(SshTestSupport.target(target), new SshLogin.Password(Secret.of(target.password())), null, e -> { })) {
            RemoteRun run = session.start(RemoteScript.asUser("long", "sleep 4001").withTimeout(Duration.ofMinutes(5)));
            awaitRunning(target, "sleep 4001");
            target.root("pkill -STOP -f '^sshd: " + target.user() + "'").run();
            assertThrows(ConnectionLostProblem.class, run::await);
        }
    }

    @Test
    void manyScriptsShareOneConnection(DebianTarget target, @TempDir Path dir) {
        String countLogins = "journalctl -u ssh --no-pager | grep -c 'Accepted password for " + target.user() + "' || true";
        int before = Integer.parseInt(target.root(countLogins).run().output().strip());
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir, e -> { })) {
            for (int i = 0; i < 20; i++) {
                assertEquals(Integer.toString(i), session.run(RemoteScript.asRoot("echo", "echo " + i)).stdoutText());
            }
            assertTrue(session.roundTrips() >= 20);
        }
        int after = Integer.parseInt(target.root(countLogins).run().output().strip());
        assertEquals(before + 1, after, "one login for twenty scripts");
    }

    private static void awaitRunning(DebianTarget target, String process) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (target.root("pgrep -f '^" + process + "$' >/dev/null").runAllowingFailure().exitCode() != 0) {
            assertTrue(System.nanoTime() < deadline, process + " never started");
            Ports.sleep(50);
        }
    }

    private static void assertNoneLeft(DebianTarget target, String process) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String left;
        do {
            left = target.root("pgrep -af '^" + process + "' || true").run().output().strip();
            if (left.isEmpty()) {
                return;
            }
            Ports.sleep(100);
        } while (System.nanoTime() < deadline);
        assertFalse(true, "still running on the server: " + left);
    }
}
