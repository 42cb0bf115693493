package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.problem.CommandCancelledProblem;

class CancellationTest {
    private static final List<String> STEPS = List.of("packages", "authentication", "host-accounts", "logging");

    @Test
    void aSafePointStopsTheRunOnlyOnceAsked() {
        Cancellation cancellation = new Cancellation();
        assertDoesNotThrow(cancellation::checkpoint);
        assertFalse(cancellation.isRequested());
        cancellation.request();
        assertTrue(cancellation.isRequested());
        assertThrows(Cancellation.Requested.class, cancellation::checkpoint);
    }

    @Test
    void stoppedDuringAStepListsItAndTheRestAsLeft() {
        CommandCancelledProblem killed = new CommandCancelledProblem("meet.example.org", "install Jitsi Meet");
        Cancellation.Stopped stopped = Cancellation.Stopped.at(STEPS, 0, false, List.of(), killed);
        assertEquals(List.of(), stopped.done());
        assertEquals(STEPS, stopped.left());
        assertSame(killed, stopped.getCause(), "the command the cancel ended is kept for IT");
    }

    @Test
    void restartsStillDueAreLeftToo() {
        ApplyContext.HostCredential alice = new ApplyContext.HostCredential("alice", Secret.of("one-time".toCharArray()));
        Cancellation.Stopped stopped = Cancellation.Stopped.at(STEPS, 3, true, List.of(alice), new Cancellation.Requested());
        assertEquals(List.of("packages", "authentication", "host-accounts"), stopped.done());
        assertEquals(List.of("logging", Cancellation.RESTARTS), stopped.left());
        assertEquals(List.of(alice), stopped.newHosts(), "a host made before the stop still gets their password");
        assertNull(stopped.getCause(), "a stop at a safe point has no cause to report");
    }

    @Test
    void stoppedAfterEveryStepLeavesOnlyTheRestarts() {
        Cancellation.Stopped stopped = Cancellation.Stopped.at(STEPS, STEPS.size(), true, List.of(), new Cancellation.Requested());
        assertEquals(STEPS, stopped.done());
        assertEquals(List.of(Cancellation.RESTARTS), stopped.left());
    }

    @Test
    void onlyScriptsMarkedSoRunToTheEndOnACancel() {
        assertTrue(RemoteScript.asRoot("install", "apt-get install jitsi-meet").quiet().cancellable());
        RemoteScript write = RemoteScript.asRoot("write", "true").runToTheEnd().quiet().withData(new byte[1])
                .withTimeout(java.time.Duration.ofSeconds(5));
        assertFalse(write.cancellable(), "the mark survives the other settings");
    }
}
