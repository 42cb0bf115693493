package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianRelease;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * The life of one server as on Debian 12, on Debian 13 (Prosody 13, nginx 1.26, OpenSSH 10), and at its
 * end a run cut off during its restarts that a re-run brings to where a clean run ends.
 */
@TestBedTest(release = DebianRelease.TRIXIE)
class Debian13LifecycleTest extends ApplyLifecycle {
    @Override
    JitsiShape shape() {
        return JitsiShape.CURRENT;
    }

    @Override
    String guestAuthentication() {
        return "jitsi-anonymous";
    }

    @Test
    @Order(0)
    void theTargetIsDebian13WithProsody13(DebianTarget target) {
        assertEquals("13", target.root(". /etc/os-release; echo $VERSION_ID").run().output().strip());
        assertTrue(target.root("apt-cache policy prosody | awk '/Candidate/ {print $2}'").run().output().strip().startsWith("13."));
    }

    @Test
    @Order(8)
    void aRunCutOffDuringItsRestartsIsFinishedByTheNextRun(DebianTarget target, JitsiStandInRepository repository) {
        Profile bigger = profile(target, repository, "alice", "carol", "dave").withMeetingSize(Profile.MeetingSize.UP_TO_100);
        AtomicBoolean cut = new AtomicBoolean();
        EngineListener cutter = new EngineListener() {
            @Override
            public void on(EngineEvent event) {
            }

            @Override
            public void on(SshEvent event) {
                if (event instanceof SshEvent.CommandStarted started && started.label().startsWith("restart ")
                        && cut.compareAndSet(false, true)) {
                    // OpenSSH 10 names the session process sshd-session
                    target.root("pkill -KILL -f '^sshd(-session)?: " + target.user() + "' || true").run();
                }
            }
        };
        assertThrows(Problem.class, () -> new EngineRun().applyWith(target, dir, bigger, ApplyOptions.defaults(), cutter));
        assertTrue(cut.get(), "the run was cut during its restarts");

        EngineRun.apply(target, dir, bigger, ApplyOptions.defaults());
        assertTrue(EngineRun.plan(target, dir, bigger, ApplyOptions.defaults()).isEmpty(), "nothing left to change");
        assertEquals("none", target.root("test -e /etc/ownmeet/restart-pending && echo due || echo none").run().output().strip());
        assertEquals("active\nactive\nactive\nactive\nactive", target.root(
                "systemctl is-active prosody jicofo jitsi-videobridge2 nginx coturn || true").run().output().strip());
        assertEquals("alice.dat carol.dat dave.dat", accountList(target));
        VerificationReport report = verify(target, bigger);
        assertTrue(report.allPassed(), report.toString());
    }
}
