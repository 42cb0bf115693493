package org.ownmeet.installers.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.engine.EngineTestSupport;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.SshLogin;
import org.ownmeet.installers.ssh.SshTarget;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.installers.ssh.exec.RemoteRun;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.hostkey.HostKey;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.installers.ssh.problem.CommandCancelledProblem;
import org.ownmeet.installers.ssh.problem.HostKeyNotTrustedProblem;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.host.PhaseTimer;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * The one API the command line and the wizard share, on a fresh server: first contact and pinning,
 * the preflight, an apply cancelled while the packages install, then the retry that finishes, a run
 * with nothing to do, and the preflight again.
 */
@TestBedTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerSessionOnTestBedTest {
    @TempDir
    static Path dir;
    private static ServerSession session;
    private static final Events events = new Events();

    @AfterAll
    static void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    @Order(1)
    void firstContactAsksTheDecisionWithTheServersKeyAndPinsWhatItTrusts(DebianTarget target) {
        KnownHosts knownHosts = new KnownHosts(dir.resolve("known_hosts"));
        HostKey real = SshTestSupport.hostKey(target.hostPublicKeys(), "ED25519");
        List<String> asked = new CopyOnWriteArrayList<>();
        HostKeyNotTrustedProblem refused = assertThrows(HostKeyNotTrustedProblem.class, () -> ServerSession.open(login(target),
                knownHosts, (server, offered) -> {
                    asked.add(server + " " + offered.fingerprint());
                    return HostKeyDecision.REFUSE.trust(server, offered);
                }, events));
        assertEquals(List.of(target.address() + " " + real.fingerprint()), asked);
        assertEquals(real.fingerprint(), refused.offered().fingerprint());
        assertTrue(knownHosts.pinned(target.address(), 22).isEmpty(), "a refused key is not pinned");

        session = time("open (first contact, trusted)", () -> ServerSession.open(login(target), knownHosts,
                HostKeyDecision.fingerprint(real.fingerprint()), events));
        assertEquals(real, session.hostKey());
        assertEquals(List.of(real), knownHosts.pinned(target.address(), 22));
        time("open again (pinned, no question)", () -> {
            ServerSession.open(login(target), knownHosts, HostKeyDecision.REFUSE, events).close();
            return null;
        });
    }

    @Test
    @Order(2)
    void preflightOfAFreshServer(DebianTarget target) {
        int before = session.roundTrips();
        Preflight fresh = time("preflight (fresh)", session::preflight);
        // one, after the first root script's own look at how to become root (once per connection)
        assertTrue(session.roundTrips() - before <= 2, "round trips: " + (session.roundTrips() - before));
        assertTrue(fresh.supported(), fresh.toString());
        assertTrue(fresh.system().contains("Debian") && fresh.system().contains("12"), fresh.system());
        assertNull(fresh.supportNote());
        assertTrue(fresh.cores() > 0 && fresh.memoryMegabytes() > 0 && fresh.freeDiskMegabytes() > 0, fresh.toString());
        assertTrue(fresh.addresses().contains(target.address()), fresh.addresses().toString());
        assertFalse(fresh.jitsiInstalled());
        assertFalse(fresh.ownMeetRecord());
        System.out.println("[session] " + fresh);
    }

    /** Cancel outside apply ends the command running now, and what left its process group as apt's dpkg does. */
    @Test
    @Order(3)
    void cancelEndsTheRunningCommandAndEverythingItStarted(DebianTarget target) throws Exception {
        RemoteRun run = session.ssh().start(RemoteScript.asRoot("hold on", "setsid sleep 7001 & sleep 7002; wait"));
        for (int i = 0; i < 100 && !target.root("(pgrep -f '^sleep 700[12]' || true) | wc -l").run().output().strip().equals("2"); i++) {
            Thread.sleep(100);
        }
        long start = System.nanoTime();
        session.cancel();
        assertThrows(CommandCancelledProblem.class, run::await);
        PhaseTimer.record("session: cancel of a command", Duration.ofNanos(System.nanoTime() - start));
        assertEquals("", target.root("pgrep -a -f '^sleep 700[12]' || true").run().output().strip());
        assertTrue(session.preflight().supported(), "the session goes on");
    }

    @Test
    @Order(4)
    void applyCancelledWhileThePackagesInstallStopsThereAndTheRetryFinishes(DebianTarget target, JitsiStandInRepository repository)
            throws Exception {
        Profile profile = EngineTestSupport.profile(target, repository, JitsiShape.CURRENT, "alice");
        long start = System.nanoTime();
        CompletableFuture<ApplyResult> running = CompletableFuture.supplyAsync(() -> session.apply(profile, ApplyOptions.defaults(),
                events));
        assertTrue(events.dpkgAtWork.await(15, TimeUnit.MINUTES), "the packages step got to dpkg's work");
        assertTrue(events.started.contains("packages"));
        long cancelled = System.nanoTime();
        session.cancel();
        ExecutionException ended = assertThrows(ExecutionException.class, () -> running.get(2, TimeUnit.MINUTES));
        PhaseTimer.record("apply until cancel", Duration.ofNanos(cancelled - start));
        PhaseTimer.record("cancel until apply stopped", Duration.ofNanos(System.nanoTime() - cancelled));
        ApplyCancelledProblem stopped = assertInstanceOf(ended.getCause());
        assertFalse(stopped.done().contains("packages"), stopped.detail());
        assertEquals("packages", stopped.left().get(0), stopped.detail());
        assertEquals("", target.root("pgrep -a -f '^(/usr/bin/)?(apt-get|dpkg) ' || true").run().output().strip(),
                "nothing of the killed installation still runs");

        ApplyResult retried = time("apply (retry after the cancel)", () -> session.apply(profile, ApplyOptions.defaults(), events));
        assertTrue(retried.changeCount() > 0);
        Plan.Step packages = retried.made().stream().filter(step -> step.id().equals("packages")).findFirst().orElseThrow();
        System.out.println("[session] the retry's packages step: " + packages.changes().stream().map(Change::summary).toList());
        assertEquals(List.of("alice"), retried.newHosts().stream().map(host -> host.username()).toList());
        ApplyResult again = time("apply (nothing to do)", () -> session.apply(profile, ApplyOptions.defaults(), events));
        assertEquals(0, again.changeCount(), again.made().toString());
        System.out.printf("[session] cancelled at dpkg, then %d changes in %d round trips, then %d round trips for nothing%n",
                retried.changeCount(), retried.roundTrips(), again.roundTrips());
    }

    @Test
    @Order(5)
    void preflightSeesJitsiAndOwnMeetsRecord(DebianTarget target) {
        int before = session.roundTrips();
        Preflight after = time("preflight (set up)", session::preflight);
        assertEquals(1, session.roundTrips() - before, "one round trip");
        assertTrue(after.jitsiInstalled(), after.toString());
        assertTrue(after.ownMeetRecord(), after.toString());
        assertEquals(target.domain(), after.recordedDomain());
    }

    private static ApplyCancelledProblem assertInstanceOf(Throwable cause) {
        assertNotNull(cause);
        if (!(cause instanceof ApplyCancelledProblem problem)) {
            throw new AssertionError("expected ApplyCancelledProblem, got " + cause, cause);
        }
        return problem;
    }

    private static ServerLogin login(DebianTarget target) {
        return new ServerLogin(new SshTarget(target.address(), 22, target.user()), new SshLogin.Password(Secret.of(target.password())),
                null);
    }

    private static <T> T time(String phase, java.util.function.Supplier<T> work) {
        return PhaseTimer.time("session: " + phase, work);
    }

    /** Steps started, and the moment dpkg unpacks or sets up a package during the packages step. */
    private static final class Events implements EngineListener {
        final List<String> started = new CopyOnWriteArrayList<>();
        final CountDownLatch dpkgAtWork = new CountDownLatch(1);

        @Override
        public void on(EngineEvent event) {
            if (event instanceof EngineEvent.StepStarted step) {
                started.add(step.step());
            }
        }

        @Override
        public void on(SshEvent event) {
            if (event instanceof SshEvent.OutputLine line && line.label().equals("install Jitsi Meet")
                    && (line.text().startsWith("Unpacking ") || line.text().startsWith("Setting up "))) {
                dpkgAtWork.countDown();
            }
        }
    }
}
