package org.ownmeet.installers.ssh.hostkey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.sshd.LoopbackSshd;

@TestBedTest
class HostKeyTest {

    /** ssh-keygen -l prints "256 SHA256:... comment (ED25519)": type and fingerprint must be the same. */
    @Test
    void typeAndFingerprintAreExactlyWhatOpenSshPrints(LoopbackSshd sshd) {
        for (Path file : sshd.hostPublicKeys()) {
            String[] openssh = HostCommand.of("ssh-keygen", "-l", "-f", file.toString()).run().output().strip().split(" ");
            HostKey key = SshTestSupport.hostKey(file);
            assertEquals(openssh[1], key.fingerprint(), file.toString());
            assertEquals("(" + key.type() + ")", openssh[openssh.length - 1], file.toString());
            assertEquals(key.type() + " key fingerprint is " + openssh[1], key.describe());
        }
    }
}
