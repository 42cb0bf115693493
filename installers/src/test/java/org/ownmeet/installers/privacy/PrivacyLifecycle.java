package org.ownmeet.installers.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.BrokenFileInstaller;
import org.ownmeet.installers.engine.ChangeRejectedProblem;
import org.ownmeet.installers.engine.Engine;
import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.engine.EngineRun;
import org.ownmeet.installers.engine.EngineTestSupport;
import org.ownmeet.installers.standard.StandardInstallers;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * Private by default, on one target in order: after a fresh apply nothing but the server is named in
 * what browsers, the videobridge and jicofo are told to contact, and the welcome page carries the
 * notice and the honest sentence; drift is found and repaired; both survive a reinstall of the web
 * packages; hostile text in the organisation's name stays text; a broken nginx change is undone; a
 * run cut off before nginx restarted is finished by the next. One subclass per shape of the packages.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PrivacyLifecycle {
    @TempDir
    static Path dir;

    abstract JitsiShape shape();

    Profile profile(DebianTarget target, JitsiStandInRepository repository) {
        return EngineTestSupport.profile(target, repository, shape(), "alice");
    }

    @Test
    @Order(1)
    void afterAFreshApplyMeetingsContactNobodyButTheServer(DebianTarget target, JitsiStandInRepository repository) {
        EngineRun.apply(target, dir, profile(target, repository), ApplyOptions.defaults());
        VerificationReport report = verify(target, profile(target, repository));
        assertTrue(report.allPassed(), report.toString());
        String own = target.domain() + ":3478";
        assertTrue(target.root("cat /etc/jitsi/videobridge/jvb.conf").run().output().contains(own));
        if (shape() == JitsiShape.PRE_2025) {
            assertTrue(target.root("cat /etc/jitsi/videobridge/sip-communicator.properties").run().output()
                    .contains("STUN_MAPPING_HARVESTER_ADDRESSES=" + own), "the older packages' file, which the bridge reads first");
        }
        assertEquals("", target.root("find /var/lib/prosody -path '*guest*' -type f").run().output().strip(),
                "nothing of the guests' sessions (the verifier's guest login among them) is kept on disk");
        String welcome = curl(target, "/");
        assertTrue(welcome.contains("Video meetings run by Grundschule am Park."), welcome);
        assertTrue(curl(target, "/ownmeet/privacy-notice.html").contains("<h1>Video meetings at "
                + target.domain() + "</h1>"));
    }

    /** As after a package upgrade that rewrote the bridge's STUN setting: verify names the host, a re-run puts it back. */
    @Test
    @Order(2)
    void driftIsFoundAndARerunRepairsIt(DebianTarget target, JitsiStandInRepository repository) {
        target.root("sed -i 's/" + target.domain() + ":3478/meet-jit-si-turnrelay.jitsi.net:443/' /etc/jitsi/videobridge/jvb.conf")
                .run();
        CheckResult drifted = verify(target, profile(target, repository)).result(CheckId.NO_THIRD_PARTY_HOSTS);
        assertFalse(drifted.passed());
        assertTrue(drifted.reason().contains("meet-jit-si-turnrelay.jitsi.net (in /etc/jitsi/videobridge/jvb.conf)"),
                drifted.reason());
        ApplyResult repaired = EngineRun.apply(target, dir, profile(target, repository), ApplyOptions.defaults());
        assertEquals(1, repaired.changeCount());
        assertEquals(List.of("jitsi-videobridge2"), repaired.restarted());
        assertTrue(verify(target, profile(target, repository)).result(CheckId.NO_THIRD_PARTY_HOSTS).passed());
    }

    @Test
    @Order(3)
    void theNoticeAndTheHonestSentenceSurviveAReinstallOfTheWebPackages(DebianTarget target, JitsiStandInRepository repository) {
        String before = EngineTestSupport.fingerprint(target);
        target.root("DEBIAN_FRONTEND=noninteractive apt-get install -q -y --reinstall jitsi-meet-web jitsi-meet-web-config "
                + ">/dev/null").timeout(Duration.ofMinutes(5)).run();
        VerificationReport report = verify(target, profile(target, repository));
        assertTrue(report.result(CheckId.WELCOME_PAGE_NOTICE).passed(), report.toString());
        assertTrue(report.result(CheckId.NO_THIRD_PARTY_HOSTS).passed(), report.toString());
        assertTrue(EngineRun.plan(target, dir, profile(target, repository), ApplyOptions.defaults()).isEmpty());
        assertEquals(stable(before), stable(EngineTestSupport.fingerprint(target)), "OwnMeet's files and lines as they were");
    }

    /** An organisation's name full of what HTML, nginx and JavaScript treat specially stays plain text everywhere. */
    @Test
    @Order(4)
    void hostileTextInTheOrganisationsNameStaysText(DebianTarget target, JitsiStandInRepository repository) {
        String name = "O'Brien & \"Partner\" <script>alert(1)</script> $host \\ {x}; Müller";
        Profile hostile = profile(target, repository).withOrganisation(new Profile.Organisation(name, "Parkweg 1",
                "office@" + target.domain(), null));
        EngineRun.apply(target, dir, hostile, ApplyOptions.defaults());
        assertEquals("active", target.root("systemctl is-active nginx || true").run().output().strip());
        assertFalse(curl(target, "/").contains("<script>alert(1)"));
        assertFalse(curl(target, "/ownmeet/privacy-notice.html").contains("<script>alert(1)"));
        VerificationReport report = verify(target, hostile);
        assertTrue(report.result(CheckId.WELCOME_PAGE_NOTICE).passed(), report.toString());
    }

    @Test
    @Order(5)
    void anNginxChangeThatFailsItsCheckIsUndone(DebianTarget target, JitsiStandInRepository repository) {
        String before = EngineTestSupport.fingerprint(target);
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir.resolve("broken"), e -> { })) {
            Engine engine = new Engine(List.of(BrokenFileInstaller.nginxSite(target.domain())));
            assertThrows(ChangeRejectedProblem.class,
                    () -> engine.apply(session, profile(target, repository), ApplyOptions.defaults(), EngineListener.NONE));
        }
        assertEquals(before, EngineTestSupport.fingerprint(target), "every file as it was");
        assertEquals("active", target.root("systemctl is-active nginx || true").run().output().strip());
    }

    /** Cut after the site was written, before nginx restarted: the next run restarts it and changes nothing else. */
    @Test
    @Order(6)
    void aRunCutBeforeTheRestartIsFinishedByTheNext(DebianTarget target, JitsiStandInRepository repository) {
        Profile renamed = profile(target, repository).withOrganisation(new Profile.Organisation("Grundschule am Teich",
                "Teichweg 2", "office@" + target.domain(), null));
        AtomicBoolean cut = new AtomicBoolean();
        EngineListener cutter = new EngineListener() {
            @Override
            public void on(EngineEvent event) {
                if (event instanceof EngineEvent.ChangeMade made && made.step().equals("welcome-page")
                        && made.summary().contains("/etc/nginx/sites-available/") && cut.compareAndSet(false, true)) {
                    target.root("pkill -KILL -f '^sshd: " + target.user() + "' || true").run();
                }
            }

            @Override
            public void on(SshEvent event) {
            }
        };
        assertThrows(Problem.class, () -> new EngineRun().applyWith(target, dir, renamed, ApplyOptions.defaults(), cutter));
        assertTrue(cut.get(), "the run was cut where intended");
        assertEquals("due", target.root("test -e /etc/ownmeet/restart-pending && echo due || echo none").run().output().strip());

        ApplyResult rerun = EngineRun.apply(target, dir, renamed, ApplyOptions.defaults());
        assertEquals(Set.of("nginx"), Set.copyOf(rerun.restarted()));
        assertTrue(EngineRun.plan(target, dir, renamed, ApplyOptions.defaults()).isEmpty());
        assertTrue(curl(target, "/").contains("Video meetings run by Grundschule am Teich."), "nginx serves the new notice");
        assertTrue(verify(target, renamed).allPassed());
    }

    static VerificationReport verify(DebianTarget target, Profile profile) {
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir.resolve("verify-" + System.nanoTime()), e -> { })) {
            return StandardInstallers.verification().verify(session, profile);
        }
    }

    /** A page as a browser gets it, fetched on the server itself (the certificate is the packages' self-signed one). */
    static String curl(DebianTarget target, String path) {
        return target.root("curl -sk --resolve " + target.domain() + ":443:127.0.0.1 https://" + target.domain() + path).run()
                .output();
    }

    /** The configuration's fingerprint without time stamps, which a reinstall renews on the packages' files of the same content. */
    private static String stable(String fingerprint) {
        return fingerprint.lines().filter(line -> line.startsWith("/etc/")).map(line -> {
            String[] fields = line.split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2] + " " + fields[4];
        }).sorted().reduce("", (a, b) -> a + b + "\n");
    }
}
