package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.certificates.UnsafeCertificatePlaceProblem;
import org.ownmeet.installers.pem.TestCertificates;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.installers.profile.Profile.Certificates;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.installers.standard.StandardInstallers;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * The hardening of one server, in order, on one target: a certificate link that a compromised Prosody
 * pointed at root's file stops the run before anything is written; once it is gone the pair is
 * written as real files and the replaced keys are not kept; nobody signs up, is invited, or logs in
 * without TLS, and settings put back by hand fail verify until the next run puts them right; only the
 * last runs' backups stay.
 */
@TestBedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HardeningOnTestBedTest {
    @TempDir
    Path dir;
    private DebianTarget target;
    private Profile selfSigned;
    private Profile ownFiles;
    private String domain;

    @BeforeAll
    void applyOnce(DebianTarget target, JitsiStandInRepository repository, @TempDir Path files) {
        this.target = target;
        this.domain = target.domain();
        selfSigned = EngineTestSupport.profile(target, repository, JitsiShape.CURRENT, "alice");
        TestCertificates.Pair pair = TestCertificates.forDomain(domain);
        ownFiles = selfSigned.withCertificates(new Certificates(CertificateMode.OWN_FILES, null,
                TestCertificates.write(files, "fullchain.pem", pair.certificatePem()).toString(),
                TestCertificates.write(files, "privkey.pem", pair.keyPem()).toString()));
        EngineRun.apply(target, files, selfSigned, ApplyOptions.defaults());
    }

    @Test
    @Order(1)
    void aLinkPointedAtRootsFileStopsTheRunBeforeAnyCertificateFileIsWritten() {
        target.root("""
                printf 'root only\\n' > /root/precious && chmod 600 /root/precious
                cp -a /var/lib/prosody/%1$s.crt /root/packages-certificate
                runuser -u prosody -- ln -sfn /root/precious /var/lib/prosody/%1$s.crt
                """.formatted(domain)).run();
        String before = certificateFiles();

        UnsafeCertificatePlaceProblem stopped = assertThrows(UnsafeCertificatePlaceProblem.class,
                () -> EngineRun.apply(target, dir, ownFiles, ApplyOptions.defaults()));

        assertEquals("unsafe-certificate-place", stopped.code());
        assertTrue(stopped.userMessage().startsWith("The certificate file /etc/prosody/certs/" + domain + ".crt leads to "
                + "/root/precious, a place that is not root's alone or that the Jitsi packages did not make."),
                stopped.userMessage());
        assertEquals(before, certificateFiles(), "root's file and every certificate place as they were");
    }

    @Test
    @Order(2)
    void withoutTheLinkThePairIsWrittenAsRealFilesAndTheReplacedKeysAreNotKept() {
        target.root("rm /var/lib/prosody/%1$s.crt && cp -a /root/packages-certificate /var/lib/prosody/%1$s.crt"
                .formatted(domain)).run();
        String packages = target.root("sha256sum /var/lib/prosody/" + domain + ".crt /var/lib/prosody/" + domain + ".key")
                .run().output();

        ApplyResult installed = EngineRun.apply(target, dir, ownFiles, ApplyOptions.defaults());

        assertTrue(installed.changeCount() > 0);
        assertEquals("regular file prosody prosody 640\nregular file prosody prosody 400", target.root(
                "stat -c '%F %U %G %a' /etc/prosody/certs/" + domain + ".crt /etc/prosody/certs/" + domain + ".key")
                .run().output().strip());
        assertEquals(packages, target.root("sha256sum /var/lib/prosody/" + domain + ".crt /var/lib/prosody/" + domain
                + ".key").run().output(), "what the packages' links led to is not touched");
        assertEquals("", target.root("find /var/backups/ownmeet -name '" + domain + ".key' -o -name 'privkey*'")
                .run().output().strip(), "no replaced private key is kept once the new pair is accepted");
        assertFalse(target.root("find /var/backups/ownmeet -name '" + domain + ".crt'").run().output().isBlank(),
                "the replaced certificate is kept");
        assertEquals(0, EngineRun.apply(target, dir, ownFiles, ApplyOptions.defaults()).changeCount(),
                "a second run changes nothing");
        VerificationReport report = verify();
        assertTrue(report.allPassed(), report.toString());
    }

    @Test
    @Order(3)
    void signUpInvitationsAndPlainLoginsPutBackByHandFailVerifyUntilTheNextRun() {
        String mainHost = "/etc/prosody/conf.avail/" + domain + ".cfg.lua";
        target.root("""
                sed -i -E 's/^(\\s*)allow_registration = false.*/\\1allow_registration = true\\n\\1registration_invite_only = false/' %1$s
                sed -i -E '/^\\s*modules_disabled = \\{ "invites"/d; s/^(\\s*)c2s_require_encryption = true.*/\\1c2s_require_encryption = false/' %1$s
                systemctl restart prosody
                for i in $(seq 100); do curl -s -o /dev/null http://127.0.0.1:5280/http-bind && break; sleep 0.1; done
                for day in $(seq 10 21); do mkdir -p /var/backups/ownmeet/202601$day-120000-000; done
                """.formatted(mainHost)).run();

        VerificationReport reverted = verify();
        assertEquals(List.of(CheckId.NO_SIGN_UP, CheckId.NO_INVITATIONS, CheckId.NO_LOGIN_WITHOUT_TLS),
                reverted.failed().stream().map(CheckResult::check).toList(), reverted.toString());

        List<String> backupsBefore = backups();
        ApplyResult repaired = EngineRun.apply(target, dir, ownFiles, ApplyOptions.defaults());
        assertEquals(1, repaired.changeCount(), "the main host's file, nothing else");
        VerificationReport report = verify();
        assertTrue(report.allPassed(), report.toString());
        List<String> backupsAfter = backups();
        assertEquals(10, backupsAfter.size(), "only the last runs' backups stay: " + backupsAfter);
        List<String> all = new java.util.ArrayList<>(new java.util.TreeSet<>(backupsBefore));
        backupsAfter.stream().filter(name -> !all.contains(name)).forEach(all::add);
        assertEquals(all.subList(all.size() - 10, all.size()), backupsAfter, "the oldest go first");
        assertTrue(backupsBefore.size() > 12, "there was something to prune: " + backupsBefore);
    }

    private List<String> backups() {
        return target.root("ls -1 /var/backups/ownmeet | sort").run().output().lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    private VerificationReport verify() {
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir.resolve("verify-" + System.nanoTime()), e -> { })) {
            return StandardInstallers.verification().verify(session, ownFiles);
        }
    }

    private String certificateFiles() {
        return target.root("find /root/precious /etc/prosody/certs /etc/jitsi/meet /var/lib/prosody -maxdepth 1 "
                + "-printf '%p %y %l %m %u %T@\\n' | sort; sha256sum /root/precious").run().output();
    }
}
