package org.ownmeet.installers.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.files.FileWrite;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.installers.ssh.problem.SshProblem;
import org.ownmeet.installers.ssh.problem.WrongKeyPassphraseProblem;
import org.ownmeet.installers.ssh.problem.WrongPasswordProblem;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * A canary secret is the user's SSH password, sudo password and key passphrase, and goes into a
 * file's content; then it is searched for everywhere it must not be: OwnMeet's log and events,
 * error messages, the server's auth.log, syslog and journal, shell histories, and every process's
 * command line and environment, sampled on the server while the commands ran.
 */
@TestBedTest
class SecretCanaryTest {

    @Test
    void theCanaryIsFoundNowhere(DebianTarget target, @TempDir Path dir) throws Exception {
        String canary = "Canary-" + UUID.randomUUID();
        String wrongCanary = "WrongCanary-" + UUID.randomUUID();
        prepareServer(target, canary, dir);
        startSampling(target);

        SshTestSupport.RecordedEvents events = new SshTestSupport.RecordedEvents();
        KnownHosts knownHosts = SshTestSupport.knownHostsTrusting(dir, target.address(), 22,
                SshTestSupport.hostKey(target.hostPublicKeys(), "ED25519"));
        SshConnector connector = new SshConnector(knownHosts, SshSettings.defaults());
        StringBuilder problems = new StringBuilder();
        try (Secret password = Secret.of(canary); Secret wrong = Secret.of(wrongCanary)) {
            try (SshSession session = connector.connect(SshTestSupport.target(target), new SshLogin.Password(password), null, events)) {
                for (int i = 0; i < 5; i++) {
                    session.run(RemoteScript.asRoot("look around", "id; ls /etc >/dev/null; sleep 0.2")).requireSuccess();
                }
                session.files().write(FileWrite.of("/etc/ownmeet-canary.conf", "secret = " + canary + "\n").withMode("600"));
                session.files().write(FileWrite.of("/etc/ownmeet-canary.conf", "secret = " + canary + "\nagain\n"));
                assertEquals("secret = " + canary + "\nagain\n", session.files().read("/etc/ownmeet-canary.conf").text());
            }
            try (SshSession session = connector.connect(SshTestSupport.target(target),
                    new SshLogin.KeyFile(dir.resolve("locked"), password), password, events)) {
                session.run(RemoteScript.asRoot("as root again", "sleep 0.2; true")).requireSuccess();
            }
            problems.append(describe(assertThrows(WrongPasswordProblem.class, () -> connector.connect(SshTestSupport.target(target),
                    new SshLogin.Password(wrong), null, events))));
            problems.append(describe(assertThrows(WrongKeyPassphraseProblem.class, () -> connector.connect(SshTestSupport.target(target),
                    new SshLogin.KeyFile(dir.resolve("locked"), wrong), null, events))));
        }
        String samples = stopSampling(target);

        assertTrue(samples.contains("OWNMEET-STARTED") && samples.contains("sudo -k -S"),
                "the sampler saw OwnMeet's commands run (else it proves nothing)");
        for (String secret : new String[] {canary, wrongCanary}) {
            assertFalse(samples.contains(secret), "a command line or environment on the server");
            assertFalse(Files.readString(Path.of("target", "ownmeet-test.log")).contains(secret), "OwnMeet's log");
            assertFalse(events.toString().contains(secret), "OwnMeet's events");
            assertFalse(problems.toString().contains(secret), "error messages and their causes");
            for (String place : new String[] {"/var/log/auth.log", "/var/log/syslog", "/root/.bash_history",
                    "/home/" + target.user() + "/.bash_history", "/var/log/sudo.log"}) {
                assertEquals("0", target.root("cat " + place + " 2>/dev/null | grep -c -F -- '" + secret + "' || true").run().output().strip(), place);
            }
            assertEquals("0", target.root("journalctl -o verbose --no-pager | grep -c -F -- '" + secret + "' || true").run().output().strip(),
                    "the journal, all fields");
        }
        assertTrue(target.root("cat /var/log/auth.log").run().output().contains("COMMAND=/usr/bin/setsid"),
                "auth.log records sudo's command lines (else it proves nothing)");
    }

    /** The canary becomes the login and sudo password and a key's passphrase; rsyslog writes auth.log; sshd logs verbosely. */
    private static void prepareServer(DebianTarget target, String canary, Path dir) {
        target.root("apt-get -q update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -q -y rsyslog >/dev/null"
                + " && sed -i 's/^LogLevel.*//' /etc/ssh/sshd_config.d/10-ownmeet-testbed.conf"
                + " && echo 'LogLevel DEBUG3' >> /etc/ssh/sshd_config.d/10-ownmeet-testbed.conf").timeout(Duration.ofMinutes(5)).run();
        target.restartSsh();
        target.root("chpasswd").stdin(target.user() + ":" + canary + "\n").run();
        HostCommand.of("ssh-keygen", "-q", "-t", "ed25519", "-N", canary, "-f", dir.resolve("locked").toString()).run();
        target.root("cat >> /home/" + target.user() + "/.ssh/authorized_keys").stdin(Files.exists(dir.resolve("locked.pub"))
                ? read(dir.resolve("locked.pub")) : "").run();
    }

    private static void startSampling(DebianTarget target) {
        target.root("""
                cat > /root/sample.sh <<'SAMPLER'
                echo $$ > /root/sampler.pid
                while [ -e /root/sampling ]; do
                  for p in /proc/[0-9]*; do
                    tr '\\0' ' ' < $p/cmdline 2>/dev/null; echo
                    tr '\\0' ' ' < $p/environ 2>/dev/null; echo
                  done
                done > /root/samples.txt
                SAMPLER
                touch /root/sampling
                rm -f /root/sampler.pid
                setsid bash /root/sample.sh </dev/null >/dev/null 2>&1 &
                while [ ! -s /root/sampler.pid ]; do sleep 0.05; done
                """).run();
    }

    private static String stopSampling(DebianTarget target) {
        target.root("rm -f /root/sampling; while kill -0 $(cat /root/sampler.pid) 2>/dev/null; do sleep 0.1; done").run();
        return target.root("cat /root/samples.txt").run().output();
    }

    private static String describe(SshProblem problem) {
        StringWriter trace = new StringWriter();
        problem.printStackTrace(new PrintWriter(trace));
        return problem.getMessage() + "\n" + problem.userMessage() + "\n" + problem.detail() + "\n" + trace;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
