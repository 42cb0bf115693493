package org.ownmeet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.engine.EngineTestSupport;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFile;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.web.HttpsServer;
import org.ownmeet.installers.web.ServerTrust;
import org.ownmeet.installers.xmpp.XmppClient;
import org.ownmeet.installers.xmpp.XmppSession;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * Faults met by the command line on one server, in order: a step after the host accounts fails (the
 * one-time password printed then is the one that works), a package upgrade replaces config.js (the
 * next run puts OwnMeet's settings back), the disk is full while a step writes (nothing changes, the
 * run says so, the run after the space is freed finishes), and a service does not start again (the
 * restart stays due and the next run makes it).
 */
@TestBedTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliFaultsOnTestBedTest {
    @TempDir
    static Path dir;
    private static String alicesPassword;

    @Test
    @Order(1)
    void aStepFailingAfterTheAccountsStillPrintsTheirPasswords(DebianTarget target, JitsiStandInRepository repository) throws Exception {
        // as soon as alice's account exists, a broken web server file appears: the next nginx check fails
        target.root("systemd-run --unit=ownmeet-test-plant --collect bash -c 'until ls /var/lib/prosody/*/accounts/alice.dat; "
                + "do sleep 0.1; done; echo \"this_is_no_directive on;\" > /etc/nginx/conf.d/zz-planted.conf' >/dev/null 2>&1").run();
        CliProcess.Result failed = ownmeet(target, repository, profile(target, repository, Profile.MeetingSize.UP_TO_25), "apply",
                "--accept-host-key", target.hostKeyFingerprint());
        assertEquals(ExitCodes.APPLY_FAILED, failed.exitCode(), failed.output());
        assertTrue(failed.output().contains("did not pass the server's own check"), failed.output());
        Matcher printed = Pattern.compile("(?m)^  alice@" + Pattern.quote(target.domain()) + "\\s+(\\S+)$").matcher(failed.output());
        assertTrue(printed.find(), "alice's one-time password is printed although the run failed:\n" + failed.output());
        alicesPassword = printed.group(1);

        target.root("rm /etc/nginx/conf.d/zz-planted.conf").run();
        CliProcess.Result fixed = ownmeet(target, repository, profile(target, repository, Profile.MeetingSize.UP_TO_25), "apply");
        assertEquals(ExitCodes.OK, fixed.exitCode(), fixed.output());
        assertFalse(fixed.output().contains("New host accounts"), "alice exists: no new password\n" + fixed.output());
        try (XmppSession alice = xmpp(target).logIn("alice", Secret.of(alicesPassword))) {
            assertTrue(alice.address().startsWith("alice@"), "the password printed by the failed run is alice's");
        }
    }

    @Test
    @Order(2)
    void aWebConfigUpgradeThatReplacesConfigJsIsRepairedByTheNextRun(DebianTarget target, JitsiStandInRepository repository)
            throws Exception {
        String configJs = "/etc/jitsi/meet/" + target.domain() + "-config.js";
        // as Jitsi's upgrade notes advise for a new config.js: move the old one away, the package writes its default
        target.root("mv " + configJs + " /root/config.js.before-upgrade && DEBIAN_FRONTEND=noninteractive apt-get install -q -y "
                + "--reinstall jitsi-meet-web-config >/dev/null").timeout(Duration.ofMinutes(5)).run();
        String replaced = target.root("cat " + configJs).run().output();
        assertFalse(replaced.contains("BEGIN OwnMeet"), "the package's own config.js, without OwnMeet's settings");
        Profile profile = profile(target, repository, Profile.MeetingSize.UP_TO_25);
        assertEquals(ExitCodes.VERIFY_FAILED, ownmeet(target, repository, profile, "verify").exitCode(), "verify sees it");

        CliProcess.Result repaired = ownmeet(target, repository, profile, "apply");
        assertEquals(ExitCodes.OK, repaired.exitCode(), "applied and every check passed:\n" + repaired.output());
        assertTrue(target.root("cat " + configJs).run().output().contains("BEGIN OwnMeet"));
        assertTrue(ownmeet(target, repository, profile, "apply", "--no-verify").output().contains("Nothing to change"));
    }

    @Test
    @Order(3)
    void aFullDiskDuringAWriteChangesNothingAndIsSaidPlainly(DebianTarget target, JitsiStandInRepository repository) throws Exception {
        // a small file system of its own over the folder of config.js, with the same files, filled to the last byte
        target.root("mkdir -p /run/ownmeet-test-full && mount -t tmpfs -o size=4m tmpfs /run/ownmeet-test-full "
                + "&& cp -a /etc/jitsi/meet/. /run/ownmeet-test-full/ && mount --bind /run/ownmeet-test-full /etc/jitsi/meet "
                + "&& (dd if=/dev/zero of=/etc/jitsi/meet/.filler bs=4k 2>/dev/null || true)").run();
        String before = EngineTestSupport.fingerprint(target);
        Profile bigger = profile(target, repository, Profile.MeetingSize.UP_TO_50);

        CliProcess.Result full = ownmeet(target, repository, bigger, "apply");
        assertEquals(ExitCodes.SERVER_NOT_READY, full.exitCode(), full.output());
        assertTrue(full.output().contains("is full where OwnMeet writes /etc/jitsi/meet/"), full.output());
        assertTrue(full.output().contains("OwnMeet changed nothing in this step: the old files are as they were"), full.output());
        assertFalse(full.output().contains("\tat "), "no stack trace");
        EngineTestSupport.assertSameFiles(before, EngineTestSupport.fingerprint(target), "every file byte for byte, with its owner, mode and time");
        assertEquals("", target.root("find / -xdev -name '.ownmeet-*.tmp' 2>/dev/null; find /etc/jitsi/meet -name '.ownmeet-*.tmp'")
                .run().output().strip(), "no temporary file is left");

        target.root("rm /etc/jitsi/meet/.filler").run();
        CliProcess.Result freed = ownmeet(target, repository, bigger, "apply", "--no-verify");
        assertEquals(ExitCodes.OK, freed.exitCode(), freed.output());
        assertTrue(ownmeet(target, repository, bigger, "plan").output().contains("nothing to change"), "the run finished the change");
    }

    @Test
    @Order(4)
    void aServiceThatDoesNotStartAgainIsSaidAndItsRestartIsNotLost(DebianTarget target, JitsiStandInRepository repository)
            throws Exception {
        target.root("mkdir -p /etc/systemd/system/jicofo.service.d && printf '[Service]\\nExecStartPre=/bin/false\\n' "
                + "> /etc/systemd/system/jicofo.service.d/zz-planted.conf && systemctl daemon-reload").run();
        Profile smaller = profile(target, repository, Profile.MeetingSize.UP_TO_10);
        CliProcess.Result down = ownmeet(target, repository, smaller, "apply");
        assertEquals(ExitCodes.APPLY_FAILED, down.exitCode(), down.output());
        assertTrue(down.output().contains("The service \"jicofo\" did not start again"), down.output());
        assertTrue(target.root("cat /etc/ownmeet/restart-pending").run().output().contains("jicofo"), "the restart is still due");

        target.root("rm /etc/systemd/system/jicofo.service.d/zz-planted.conf && systemctl daemon-reload").run();
        CliProcess.Result again = ownmeet(target, repository, smaller, "apply");
        assertEquals(ExitCodes.OK, again.exitCode(), again.output());
        assertTrue(again.output().contains("jicofo"), "the restart left over is made: " + again.output());
        assertEquals("active", target.root("systemctl is-active jicofo || true").run().output().strip());
        assertEquals("none", target.root("test -e /etc/ownmeet/restart-pending && echo due || echo none").run().output().strip());
    }

    private static Profile profile(DebianTarget target, JitsiStandInRepository repository, Profile.MeetingSize size) {
        return Profile.newProfile().withServer(new Profile.Server(target.address(), 22, target.user())).withDomain(target.domain())
                .withAdminEmail("admin@" + target.domain()).withHostAccounts(List.of(new Profile.HostAccount("alice")))
                .withCertificates(new Profile.Certificates(Profile.CertificateMode.SELF_SIGNED, null, null, null))
                .withMeetingSize(size).withOptions(new Profile.Options(false, false, false))
                .withOrganisation(new Profile.Organisation("Grundschule am Park", null, "office@" + target.domain(), null))
                .withPackageSources(new Profile.PackageSources(repository.url(JitsiShape.CURRENT), "stable/", repository.keyUrl()));
    }

    private static CliProcess.Result ownmeet(DebianTarget target, JitsiStandInRepository repository, Profile profile, String command,
                                             String... more) throws Exception {
        Path file = dir.resolve("profile.json");
        Files.deleteIfExists(file);
        ProfileFile.write(file, profile);
        List<String> args = new ArrayList<>(List.of(command, file.toString(), "--password-env", "OWNMEET_PASSWORD",
                "--known-hosts", dir.resolve("known_hosts").toString()));
        args.addAll(List.of(more));
        return CliProcess.run(Map.of("OWNMEET_PASSWORD", target.password()), args.toArray(String[]::new));
    }

    private static XmppClient xmpp(DebianTarget target) {
        String certificate = target.root("cat /etc/jitsi/meet/" + target.domain() + ".crt").run().output();
        return new XmppClient(HttpsServer.of(target.domain(), ServerTrust.pinned(certificate)).connectingTo(target.address()));
    }
}
