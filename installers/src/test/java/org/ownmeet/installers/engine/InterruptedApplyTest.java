package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

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

/**
 * The connection is killed during each step of a fresh apply; a second run on a new connection must
 * end where a clean run ends: nothing left to change, no restart still due, the services restarted
 * after their configuration changed, every host account there.
 */
@TestBedTest
class InterruptedApplyTest {

    @Test
    void cutWhileThePackagesInstall(TestBed testBed, JitsiStandInRepository repository, @TempDir Path dir) {
        cutAndRerun(testBed, repository, dir, ssh(line -> line.startsWith("Setting up ")), null);
    }

    @Test
    void cutAfterTheConfigurationIsWrittenBeforeTheRestarts(TestBed testBed, JitsiStandInRepository repository, @TempDir Path dir) {
        cutAndRerun(testBed, repository, dir, null, event -> event instanceof EngineEvent.ChangeMade made
                && made.step().equals("authentication") && made.summary().contains("jicofo.conf"));
    }

    @Test
    void cutBetweenTwoHostAccounts(TestBed testBed, JitsiStandInRepository repository, @TempDir Path dir) {
        cutAndRerun(testBed, repository, dir, null, event -> event instanceof EngineEvent.ChangeMade made
                && made.step().equals("host-accounts"));
    }

    @Test
    void cutDuringTheRestarts(TestBed testBed, JitsiStandInRepository repository, @TempDir Path dir) {
        cutAndRerun(testBed, repository, dir, event -> event instanceof SshEvent.CommandStarted started
                && started.label().startsWith("restart "), null);
    }

    private static Predicate<SshEvent> ssh(Predicate<String> line) {
        return event -> event instanceof SshEvent.OutputLine output && line.test(output.text());
    }

    private static void cutAndRerun(TestBed testBed, JitsiStandInRepository repository, Path dir,
                                    Predicate<SshEvent> onSsh, Predicate<EngineEvent> onEngine) {
        try (DebianTarget target = testBed.bootTarget()) {
            Profile profile = EngineTestSupport.profile(target, repository, JitsiShape.CURRENT, "alice", "bob");
            AtomicBoolean cut = new AtomicBoolean();
            Runnable cutNow = () -> {
                if (cut.compareAndSet(false, true)) {
                    target.root("pkill -KILL -f '^sshd: " + target.user() + "' || true").run();
                }
            };
            EngineListener cutter = new EngineListener() {
                @Override
                public void on(EngineEvent event) {
                    if (onEngine != null && onEngine.test(event)) {
                        cutNow.run();
                    }
                }

                @Override
                public void on(SshEvent event) {
                    if (onSsh != null && onSsh.test(event)) {
                        cutNow.run();
                    }
                }
            };
            assertThrows(Problem.class, () -> new EngineRun().applyWith(target, dir, profile, ApplyOptions.defaults(), cutter));
            assertTrue(cut.get(), "the run was cut where intended");

            EngineRun.apply(target, dir, profile, ApplyOptions.defaults());

            assertTrue(EngineRun.plan(target, dir, profile, ApplyOptions.defaults()).isEmpty(), "nothing left to change");
            assertEquals("none", target.root("test -e /etc/ownmeet/restart-pending && echo due || echo none").run().output().strip());
            assertEquals("active\nactive\nactive", target.root("systemctl is-active prosody jicofo jitsi-videobridge2 || true")
                    .run().output().strip());
            assertRestartedAfterChange(target, "prosody", "/etc/prosody/conf.avail/" + target.domain() + ".cfg.lua");
            assertRestartedAfterChange(target, "jicofo", "/etc/jitsi/jicofo/jicofo.conf");
            assertEquals("alice.dat bob.dat", ApplyLifecycle.accountList(target));
        }
    }

    private static void assertRestartedAfterChange(DebianTarget target, String service, String file) {
        long started = Long.parseLong(target.root("date -d \"$(systemctl show -p ActiveEnterTimestamp --value " + service
                + ")\" +%s").run().output().strip());
        long changed = Long.parseLong(target.root("stat -c %Y " + file).run().output().strip());
        assertTrue(started >= changed, service + " started at " + started + ", before its configuration changed at " + changed);
    }
}
