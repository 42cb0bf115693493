package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.testbed.TestBed;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/** Another program holds the package manager (as unattended upgrades do), or a package installation was killed. */
@TestBedTest
class PackageManagerBusyTest {

    /** Holds dpkg's frontend lock the way apt does (an fcntl write lock), until its marker file is removed. */
    private static final String HOLD_THE_LOCK = """
            touch /root/hold
            setsid perl -e 'use Fcntl; open(my $f, "+<", "/var/lib/dpkg/lock-frontend") or die $!;
              my $l = pack("s s x4 q q i x4", F_WRLCK, 0, 0, 0, 0); fcntl($f, F_SETLKW, $l) or die "lock: $!";
              while (-e "/root/hold") { select(undef, undef, undef, 0.2) }' </dev/null >/dev/null 2>&1 &
            for i in $(seq 50); do grep -q " $(stat -c %i /var/lib/dpkg/lock-frontend) " /proc/locks && break; sleep 0.1; done
            """;

    @Test
    void waitsVisiblyWhileSystemUpdatesHoldThePackageManager(DebianTarget target, JitsiStandInRepository repository,
                                                              @TempDir Path dir) throws Exception {
        target.root(HOLD_THE_LOCK).run();
        Profile profile = EngineTestSupport.profile(target, repository, JitsiShape.CURRENT, "alice");
        CountDownLatch waiting = new CountDownLatch(1);
        StringBuilder said = new StringBuilder();
        EngineListener listener = new EngineListener() {
            @Override
            public void on(EngineEvent event) {
                if (event instanceof EngineEvent.Waiting wait) {
                    said.append(wait.reason());
                    waiting.countDown();
                }
            }
        };
        CompletableFuture<ApplyResult> run = CompletableFuture.supplyAsync(
                () -> new EngineRun().applyWith(target, dir, profile, ApplyOptions.defaults(), listener));

        assertTrue(waiting.await(2, TimeUnit.MINUTES), "the run says it is waiting");
        assertTrue(said.toString().contains("System updates are in progress") && said.toString().contains("perl"), said.toString());
        Thread.sleep(5000);
        assertFalse(run.isDone(), "it keeps waiting while the lock is held");
        target.root("rm /root/hold").run();

        ApplyResult result = run.get(10, TimeUnit.MINUTES);
        assertEquals(java.util.List.of("alice"), result.newHosts().stream().map(ApplyContext.HostCredential::username).toList());
    }

    @Test
    void aKilledInstallationIsFinishedByTheNextRun(TestBed testBed, JitsiStandInRepository repository, @TempDir Path dir) {
        try (DebianTarget target = testBed.bootTarget()) {
            Profile profile = EngineTestSupport.profile(target, repository, JitsiShape.CURRENT, "alice");
            AtomicBoolean killed = new AtomicBoolean();
            EngineListener killer = new EngineListener() {
                @Override
                public void on(EngineEvent event) {
                }

                @Override
                public void on(SshEvent event) {
                    if (event instanceof SshEvent.OutputLine line && line.text().startsWith("Setting up jitsi-meet-prosody")
                            && killed.compareAndSet(false, true)) {
                        target.root("pkill -KILL -x dpkg; pkill -KILL -x apt-get; true").run();
                    }
                }
            };
            assertThrows(Problem.class, () -> new EngineRun().applyWith(target, dir, profile, ApplyOptions.defaults(), killer));
            assertTrue(killed.get());
            assertFalse(target.root("dpkg --audit").runAllowingFailure().output().isBlank(), "dpkg was left half-way");

            Plan plan = EngineRun.plan(target, dir, profile, ApplyOptions.defaults());
            assertTrue(plan.describe().contains("Finish an interrupted package installation"), plan.describe());
            EngineRun rerun = new EngineRun();
            rerun.applyWith(target, dir, profile, ApplyOptions.defaults(), null);
            assertTrue(rerun.events().stream().anyMatch(e -> e instanceof EngineEvent.Note note && note.text().contains("interrupted")));
            assertTrue(target.root("dpkg --audit").runAllowingFailure().output().isBlank(), "dpkg is whole again");
            assertTrue(EngineRun.plan(target, dir, profile, ApplyOptions.defaults()).isEmpty());
            assertEquals("active\nactive", target.root("systemctl is-active prosody jicofo || true").run().output().strip());
        }
    }
}
