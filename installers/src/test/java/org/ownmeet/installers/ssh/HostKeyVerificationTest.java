package org.ownmeet.installers.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.hostkey.HostKey;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.installers.ssh.problem.HostKeyChangedProblem;
import org.ownmeet.installers.ssh.problem.HostKeyNotTrustedProblem;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.sshd.LoopbackSshd;

@TestBedTest
class HostKeyVerificationTest {

    @Test
    void firstContactRefusesAndShowsTheKeyOpenSshWouldShow(LoopbackSshd sshd, @TempDir Path dir) {
        KnownHosts knownHosts = new KnownHosts(dir.resolve("known_hosts"));
        HostKeyNotTrustedProblem firstUse = assertThrows(HostKeyNotTrustedProblem.class, () -> connect(sshd, knownHosts));

        HostKey offered = firstUse.offered();
        String keyscan = HostCommand.bash("ssh-keyscan -p %d -t ed25519 127.0.0.1 2>/dev/null | ssh-keygen -lf -"
                .formatted(sshd.port())).run().output();
        assertEquals("ED25519", offered.type());
        assertTrue(keyscan.contains(offered.fingerprint()), keyscan + " vs " + offered.fingerprint());
        assertTrue(firstUse.userMessage().contains(offered.fingerprint()));
        assertEquals(0, knownHosts.pinned(sshd.host(), sshd.port()).size(), "nothing is trusted without the user");
    }

    @Test
    void aConfirmedKeyIsPinnedAndTheConnectionWorks(LoopbackSshd sshd, @TempDir Path dir) {
        KnownHosts knownHosts = new KnownHosts(dir.resolve("known_hosts"));
        HostKey offered = assertThrows(HostKeyNotTrustedProblem.class, () -> connect(sshd, knownHosts)).offered();
        knownHosts.pin(sshd.host(), sshd.port(), offered);
        try (SshSession session = connect(sshd, knownHosts)) {
            assertEquals(sshd.user(), session.run(RemoteScript.asUser("who", "whoami")).stdoutText());
            assertEquals(offered, session.hostKey());
        }
        // and OpenSSH accepts OwnMeet's known_hosts as it is
        HostCommand.of("ssh", "-i", sshd.privateKey().toString(), "-p", Integer.toString(sshd.port()), "-o", "BatchMode=yes",
                "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + knownHosts.file(),
                sshd.user() + "@" + sshd.host(), "true").run();
    }

    @Test
    void eachPinnedKeyTypeIsAskedForAgain(LoopbackSshd sshd, @TempDir Path dir) {
        for (String type : new String[] {"ED25519", "ECDSA", "RSA"}) {
            KnownHosts knownHosts = SshTestSupport.knownHostsTrusting(dir.resolve(type), sshd.host(), sshd.port(),
                    SshTestSupport.hostKey(sshd.hostPublicKeys(), type));
            try (SshSession session = connect(sshd, knownHosts)) {
                assertEquals(type, session.hostKey().type());
            }
        }
    }

    @Test
    void aChangedKeyStopsEverything(LoopbackSshd sshd, @TempDir Path dir) {
        HostKey someoneElse = SshTestSupport.hostKey(sshd.hostPublicKeys(), "ED25519");
        KnownHosts knownHosts = new KnownHosts(dir.resolve("known_hosts"));
        knownHosts.pin(sshd.host(), sshd.port(), new HostKey(someoneElse.algorithm(),
                HostCommand.bash("ssh-keygen -q -t ed25519 -N '' -f %1$s/other && cut -d' ' -f2 %1$s/other.pub".formatted(dir))
                        .run().output().strip()));
        HostKeyChangedProblem changed = assertThrows(HostKeyChangedProblem.class, () -> connect(sshd, knownHosts));
        assertEquals(someoneElse, changed.offered());
        assertTrue(changed.userMessage().startsWith("Warning"), changed.userMessage());
        assertEquals(1, knownHosts.pinned(sshd.host(), sshd.port()).size(), "the pinned key stays as it was");
    }

    private static SshSession connect(LoopbackSshd sshd, KnownHosts knownHosts) {
        return new SshConnector(knownHosts, SshSettings.defaults()).connect(
                new SshTarget(sshd.host(), sshd.port(), sshd.user()), new SshLogin.KeyFile(sshd.privateKey(), null), null,
                event -> { });
    }
}
