package org.ownmeet.testbed.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.target.DebianTarget;

@TestBedTest
class DebianTargetSmokeTest {

    @Test
    void bootsRealSystemdReachableOverSsh(DebianTarget target) {
        assertEquals("running", target.ssh("systemctl is-system-running").run().output().strip());
        assertEquals("systemd", target.ssh("ps -o comm= -p 1").run().output().strip());
        assertEquals("12", target.ssh(". /etc/os-release && echo $VERSION_ID").run().output().strip());
    }

    @Test
    void sudoUserNeedsItsPasswordGivenOnStdin(DebianTarget target) {
        assertNotEquals(0, target.ssh("sudo -n true").runAllowingFailure().exitCode(), "sudo must ask for a password");
        String whoami = target.ssh("sudo -S -p '' whoami").stdin(target.password() + "\n").run().output();
        assertEquals("root", whoami.strip());
        HostCommand.Result wrong = target.ssh("sudo -S -p '' whoami").stdin("not-the-password\n").runAllowingFailure();
        assertNotEquals(0, wrong.exitCode());
    }

    @Test
    void rootCannotLogInOverSsh(DebianTarget target) {
        assertEquals("PermitRootLogin no", target.root("sshd -T | grep -i '^permitrootlogin'").run().output().strip()
                .replace("permitrootlogin", "PermitRootLogin"));
        HostCommand.Result asRoot = HostCommand.of("ssh", "-i", target.privateKey().toString(), "-o", "BatchMode=yes",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                "root@" + target.address(), "true").runAllowingFailure();
        assertNotEquals(0, asRoot.exitCode());
        assertTrue(asRoot.output().contains("Permission denied"), asRoot.output());
    }

    @Test
    void hostKeyIsTheOneTheTestBedPublishes(DebianTarget target) {
        String scanned = HostCommand.bash("ssh-keyscan -t ed25519 " + target.address() + " 2>/dev/null | ssh-keygen -lf -").run().output();
        String published = HostCommand.bash("cat " + target.hostPublicKeys().stream()
                .filter(p -> p.toString().contains("ed25519")).findFirst().orElseThrow() + " | ssh-keygen -lf -").run().output();
        assertEquals(published.split(" ")[1], scanned.split(" ")[1], "SHA256 fingerprints");
    }

    @Test
    void reachesDebianOnlyThroughTheTestBedProxy(DebianTarget target) {
        HostCommand.Result direct = target.root("curl -sS --noproxy '*' --max-time 3 -o /dev/null http://deb.debian.org/debian/")
                .runAllowingFailure();
        assertNotEquals(0, direct.exitCode(), "the target must have no route beyond the test bed");
        target.root("apt-get -q update").timeout(Duration.ofMinutes(3)).run();
        assertTrue(target.root("apt-cache policy sudo").run().output().contains("deb.debian.org"));
    }

    @Test
    void domainResolvesToTheTarget(DebianTarget target) {
        assertEquals(target.address(), target.root("getent ahostsv4 " + target.domain() + " | awk 'NR==1 {print $1}'")
                .run().output().strip());
    }
}
