package org.ownmeet.installers.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.ssh.exec.Privilege;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.installers.ssh.problem.SudoNeedsTtyProblem;
import org.ownmeet.installers.ssh.problem.SudoPasswordMissingProblem;
import org.ownmeet.installers.ssh.problem.WrongSudoPasswordProblem;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.target.DebianTarget;

/** The ways to become root on the Debian target (a member of the sudo group with a password, root login off). */
@TestBedTest
class SudoTest {

    @AfterEach
    void resetSudoers(DebianTarget target) {
        target.root("rm -f /etc/sudoers.d/ownmeet-test").run();
    }

    @Test
    void sudoWithTheLoginPasswordOnStdin(DebianTarget target, @TempDir Path dir) {
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir, e -> { })) {
            assertEquals(Privilege.SUDO_WITH_PASSWORD, session.privilege());
            assertEquals("root", session.run(RemoteScript.asRoot("who", "whoami")).stdoutText());
            assertEquals(target.user(), session.run(RemoteScript.asUser("who", "whoami")).stdoutText());
        }
    }

    @Test
    void keyLoginWithASeparateSudoPassword(DebianTarget target, @TempDir Path dir) {
        try (SshSession session = connect(target, dir, new SshLogin.KeyFile(target.privateKey(), null), Secret.of(target.password()))) {
            assertEquals("root", session.run(RemoteScript.asRoot("who", "whoami")).stdoutText());
        }
    }

    @Test
    void keyLoginWithoutSudoPassword(DebianTarget target, @TempDir Path dir) {
        try (SshSession session = connect(target, dir, new SshLogin.KeyFile(target.privateKey(), null), null)) {
            assertEquals(target.user(), session.run(RemoteScript.asUser("who", "whoami")).stdoutText(), "logging in works");
            assertThrows(SudoPasswordMissingProblem.class, session::privilege);
        }
    }

    @Test
    void wrongSudoPassword(DebianTarget target, @TempDir Path dir) {
        try (SshSession session = connect(target, dir, new SshLogin.KeyFile(target.privateKey(), null), Secret.of("not-it"))) {
            assertThrows(WrongSudoPasswordProblem.class, () -> session.run(RemoteScript.asRoot("who", "whoami")));
        }
        assertEquals("", target.root("pgrep -a -u root bash | grep -v pgrep || true").run().output().strip(),
                "nothing is left waiting for a password");
    }

    @Test
    void sudoWithoutPassword(DebianTarget target, @TempDir Path dir) {
        target.root("echo '%s ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/ownmeet-test".formatted(target.user())).run();
        try (SshSession session = connect(target, dir, new SshLogin.KeyFile(target.privateKey(), null), null)) {
            assertEquals(Privilege.SUDO_WITHOUT_PASSWORD, session.privilege());
            assertEquals("root", session.run(RemoteScript.asRoot("who", "whoami")).stdoutText());
        }
    }

    @Test
    void sudoThatNeedsATerminal(DebianTarget target, @TempDir Path dir) {
        target.root("echo 'Defaults:%s requiretty' > /etc/sudoers.d/ownmeet-test".formatted(target.user())).run();
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir, e -> { })) {
            assertThrows(SudoNeedsTtyProblem.class, session::privilege);
        }
    }

    @Test
    void loggedInAsRoot(DebianTarget target, @TempDir Path dir) {
        String config = "/etc/ssh/sshd_config.d/10-ownmeet-testbed.conf";
        target.root("""
                install -d -m 700 /root/.ssh && cp /home/%1$s/.ssh/authorized_keys /root/.ssh/authorized_keys
                cp %2$s /root/sshd.conf.saved && sed -i 's/^PermitRootLogin no/PermitRootLogin yes/' %2$s
                """.formatted(target.user(), config)).run();
        target.restartSsh();
        try {
            KnownHosts knownHosts = SshTestSupport.knownHostsTrusting(dir, target.address(), 22,
                    SshTestSupport.hostKey(target.hostPublicKeys(), "ED25519"));
            try (SshSession session = new SshConnector(knownHosts, SshSettings.defaults()).connect(
                    new SshTarget(target.address(), 22, "root"), new SshLogin.KeyFile(target.privateKey(), null), null, e -> { })) {
                assertEquals(Privilege.ROOT, session.privilege());
                assertEquals("root", session.run(RemoteScript.asRoot("who", "whoami")).stdoutText());
            }
        } finally {
            target.root("mv /root/sshd.conf.saved %s && rm -f /root/.ssh/authorized_keys".formatted(config)).run();
            target.restartSsh();
        }
    }

    static SshSession connect(DebianTarget target, Path dir, SshLogin login, Secret sudoPassword) {
        KnownHosts knownHosts = SshTestSupport.knownHostsTrusting(dir, target.address(), 22,
                SshTestSupport.hostKey(target.hostPublicKeys(), "ED25519"));
        return new SshConnector(knownHosts, SshSettings.defaults()).connect(SshTestSupport.target(target), login, sudoPassword, e -> { });
    }
}
