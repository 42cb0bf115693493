package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.session.ApplyCancelledProblem;

/** Hosts made before a run ended early travel on whatever it ended with: a failure of any type, or a stop. */
class HostsMadeBeforeTest {
    private final ApplyContext.HostCredential anna = new ApplyContext.HostCredential("anna", Secret.of("one-time-1".toCharArray()));

    @Test
    void aFailureOfAnyTypeCarriesThemOnceAndKeepsItsType() {
        IllegalStateException failure = new IllegalStateException("step x could not work out");
        assertSame(failure, HostsMadeBefore.attach(failure, List.of(anna)));
        HostsMadeBefore.attach(failure, List.of(anna));
        assertEquals(List.of(anna), HostsMadeBefore.in(failure));
        assertEquals(1, failure.getSuppressed().length, "attached once");
        assertFalse(failure.getSuppressed()[0].toString().contains("one-time"), "the carrier never names a password");
    }

    @Test
    void noHostsNoCarrier() {
        RestartFailedProblem failure = new RestartFailedProblem("nginx", "failed");
        HostsMadeBefore.attach(failure, List.of());
        assertEquals(0, failure.getSuppressed().length);
        assertTrue(HostsMadeBefore.in(failure).isEmpty());
    }

    @Test
    void aStopCarriesThemTheSameWay() {
        ApplyCancelledProblem stopped = new ApplyCancelledProblem(List.of("packages", "host-accounts"), List.of("logging"), List.of(anna));
        assertEquals(List.of(anna), HostsMadeBefore.in(stopped));
        assertEquals(List.of(anna), stopped.newHosts());
        assertEquals(List.of(anna), HostsMadeBefore.in(Cancellation.Stopped.at(List.of("a", "b"), 1, false, List.of(anna), null)));
    }
}
