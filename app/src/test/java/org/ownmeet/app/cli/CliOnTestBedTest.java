package org.ownmeet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFile;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/** The command line against a test-bed server: first contact, a fresh apply, a no-op re-run, plan and verify. */
@TestBedTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliOnTestBedTest {
    @TempDir
    static Path dir;

    @Test
    @Order(1)
    void aKeyThatIsNotTheServersStopsEverything(DebianTarget target, JitsiStandInRepository repository) throws Exception {
        CliProcess.Result result = ownmeet(target, repository, "plan", "--accept-host-key", "SHA256:notTheServersKeyAtAll");
        assertEquals(ExitCodes.HOST_KEY, result.exitCode(), result.output());
        assertTrue(result.output().contains("not the fingerprint given"), result.output());
        assertFalse(Files.exists(dir.resolve("known_hosts")), "nothing is pinned");
    }

    @Test
    @Order(2)
    void withoutATerminalAnUnconfirmedKeyIsNotTrusted(DebianTarget target, JitsiStandInRepository repository) throws Exception {
        CliProcess.Result result = ownmeet(target, repository, "plan");
        assertEquals(ExitCodes.HOST_KEY, result.exitCode(), result.output());
        assertTrue(result.output().contains(fingerprint(target)), "the fingerprint to check is shown: " + result.output());
        assertFalse(result.output().contains("net.schmizz"), "the SSH library's own lines stay out: " + result.output());
    }

    @Test
    @Order(3)
    void applySetsUpTheServerAndChecksIt(DebianTarget target, JitsiStandInRepository repository) throws Exception {
        CliProcess.Result result = ownmeet(target, repository, "apply", "--accept-host-key", fingerprint(target));
        assertEquals(ExitCodes.OK, result.exitCode(), result.output());
        for (String line : List.of("==> Install Jitsi Meet", "restarted prosody", "New host accounts", "alice@" + target.domain(),
                "[ok]     Hosts can log in", "1 SSH connection")) {
            assertTrue(result.output().contains(line), line + " in:\n" + result.output());
        }
        assertFalse(result.output().contains(target.password()), "the login password is never printed");
    }

    @Test
    @Order(4)
    void aSecondApplyHasNothingToDo(DebianTarget target, JitsiStandInRepository repository) throws Exception {
        CliProcess.Result result = ownmeet(target, repository, "apply", "--no-verify");
        assertEquals(ExitCodes.OK, result.exitCode(), result.output());
        assertTrue(result.output().contains("Nothing to change"), result.output());
        assertTrue(ownmeet(target, repository, "plan").output().contains("nothing to change"));
        assertEquals(ExitCodes.OK, ownmeet(target, repository, "verify").exitCode());
    }

    static CliProcess.Result ownmeet(DebianTarget target, JitsiStandInRepository repository, String command, String... more)
            throws Exception {
        return CliProcess.run(Map.of("OWNMEET_PASSWORD", target.password()), arguments(target, repository, command, more));
    }

    static String[] arguments(DebianTarget target, JitsiStandInRepository repository, String command, String... more)
            throws Exception {
        Path profile = dir.resolve("profile.json");
        if (!Files.exists(profile)) {
            ProfileFile.write(profile, profile(target, repository));
        }
        List<String> args = new java.util.ArrayList<>(List.of(command, profile.toString(), "--password-env", "OWNMEET_PASSWORD",
                "--known-hosts", dir.resolve("known_hosts").toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    static Profile profile(DebianTarget target, JitsiStandInRepository repository) {
        return new Profile(Profile.CURRENT_SCHEMA, new Profile.Server(target.address(), 22, target.user()), target.domain(),
                "admin@" + target.domain(), List.of(new Profile.HostAccount("alice")),
                new Profile.Certificates(Profile.CertificateMode.SELF_SIGNED, null, null, null),
                new Profile.Logging(7, Profile.AccessLog.OFF), Profile.MeetingSize.UP_TO_25,
                new Profile.Organisation("Grundschule am Park", "Parkweg 1, 12345 Musterstadt", "office@" + target.domain(), null),
                "en", new Profile.Options(false, false, false),
                new Profile.PackageSources(repository.url(JitsiShape.CURRENT), "stable/", repository.keyUrl()));
    }

    static String fingerprint(DebianTarget target) {
        return target.hostKeyFingerprint();
    }
}
