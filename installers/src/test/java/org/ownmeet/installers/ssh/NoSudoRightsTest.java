package org.ownmeet.installers.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.problem.NoSudoRightsProblem;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.sshd.LoopbackSshd;

/** The loopback sshd's user is a plain account: it may log in, but not become root. */
@TestBedTest
class NoSudoRightsTest {

    @Test
    void aUserOutsideTheSudoersIsToldSoPlainly(LoopbackSshd sshd, @TempDir Path dir) {
        try (SshSession session = new SshConnector(SshTestSupport.knownHostsTrusting(dir, sshd.host(), sshd.port(),
                SshTestSupport.hostKey(sshd.hostPublicKeys(), "ED25519")), SshSettings.defaults())
                .connect(new SshTarget(sshd.host(), sshd.port(), sshd.user()), new SshLogin.Password(Secret.of(sshd.password())),
                        null, e -> { })) {
            assertEquals(sshd.user(), session.run(RemoteScript.asUser("who", "whoami")).stdoutText());
            NoSudoRightsProblem problem = assertThrows(NoSudoRightsProblem.class, session::checkAdministratorRights);
            assertTrue(problem.userMessage().contains("may not run administrator commands"), problem.userMessage());
            assertTrue(problem.detail().contains("sudoers"), problem.detail());
        }
    }
}
