package org.ownmeet.testbed.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.sshd.LoopbackSshd;

@TestBedTest
class LoopbackSshdSmokeTest {

    @Test
    void keyLoginRunsCommandsAsTheTestUser(LoopbackSshd sshd) {
        assertEquals(LoopbackSshd.USER, sshd.ssh("whoami").run().output().strip());
        assertEquals("127.0.0.1", sshd.host());
    }

    @Test
    void passwordLoginWorksAndAWrongOneIsRefused(LoopbackSshd sshd, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertEquals(0, passwordLogin(sshd, sshd.password(), dir).exitCode());
        HostCommand.Result wrong = passwordLogin(sshd, "wrong-" + sshd.password(), dir);
        assertNotEquals(0, wrong.exitCode());
        assertTrue(wrong.output().contains("Permission denied"), wrong.output());
    }

    @Test
    void hasNoSudoRights(LoopbackSshd sshd) {
        assertNotEquals(0, sshd.ssh("sudo -n true").runAllowingFailure().exitCode());
    }

    /** OpenSSH reads a password only from a terminal or SSH_ASKPASS; the latter is scriptable. */
    private static HostCommand.Result passwordLogin(LoopbackSshd sshd, String password, Path dir) throws Exception {
        Path askpass = dir.resolve("askpass");
        Files.writeString(dir.resolve("password"), password);
        Files.writeString(askpass, "#!/bin/sh\ncat " + dir.resolve("password") + "\n");
        Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
        return HostCommand.of("setsid", "-w", "ssh", "-p", Integer.toString(sshd.port()),
                        "-o", "PubkeyAuthentication=no", "-o", "PreferredAuthentications=password",
                        "-o", "NumberOfPasswordPrompts=1", "-o", "StrictHostKeyChecking=no",
                        "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                        sshd.user() + "@" + sshd.host(), "true")
                .env("SSH_ASKPASS", askpass.toString()).env("SSH_ASKPASS_REQUIRE", "force").env("DISPLAY", "none")
                .runAllowingFailure();
    }
}
