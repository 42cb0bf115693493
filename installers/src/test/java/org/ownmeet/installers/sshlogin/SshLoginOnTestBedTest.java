package org.ownmeet.installers.sshlogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.Engine;
import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.engine.EngineTestSupport;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.SshConnector;
import org.ownmeet.installers.ssh.SshLogin;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshSettings;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * Password logins turned off for someone who logs in with a key: kept once a new key login confirms
 * it, undone at once when that login fails, and undone by the server's timer when OwnMeet goes away
 * before confirming. Only this installer runs: it needs no Jitsi.
 */
@TestBedTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SshLoginOnTestBedTest {
    private static final Duration WINDOW = Duration.ofSeconds(15);
    private static final ApplyOptions OPTIONS = ApplyOptions.defaults().withFirewallSafetyWindow(WINDOW);
    @TempDir
    static Path dir;

    private static Profile profile(DebianTarget target, JitsiStandInRepository jitsi, boolean keysOnly) {
        return EngineTestSupport.profile(target, jitsi, JitsiShape.CURRENT).withUpkeep(new Profile.Upkeep(false, "04:00", keysOnly));
    }

    private static ApplyResult applyWithKey(DebianTarget target, Profile profile, Installer installer, EngineListener listener) {
        try (SshSession session = new SshConnector(SshTestSupport.knownHostsTrusting(dir.resolve("key-" + System.nanoTime()),
                target.address(), target.sshPort(), SshTestSupport.hostKey(target.hostPublicKeys(), "ED25519")), SshSettings.defaults())
                .connect(SshTestSupport.target(target), new SshLogin.KeyFile(target.privateKey(), null), Secret.of(target.password()),
                        listener::on)) {
            return new Engine(List.of(installer)).apply(session, profile, OPTIONS, listener);
        }
    }

    @Test
    @Order(1)
    void offeredToAPasswordLoginItChangesNothing(DebianTarget target, JitsiStandInRepository jitsi) {
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir.resolve("pw"), e -> { })) {
            ApplyResult result = new Engine(List.of(new SshLoginInstaller())).apply(session, profile(target, jitsi, true), OPTIONS,
                    EngineListener.NONE);
            assertEquals(0, result.changeCount());
        }
        assertEquals("passwordauthentication yes", effective(target));
    }

    @Test
    @Order(2)
    void keptOnceANewKeyLoginConfirmsIt(DebianTarget target, JitsiStandInRepository jitsi) {
        ApplyResult result = applyWithKey(target, profile(target, jitsi, true), new SshLoginInstaller(), EngineListener.NONE);
        assertEquals(1, result.changeCount());
        assertEquals("passwordauthentication no", effective(target));
        assertThrows(Problem.class, () -> SshTestSupport.connectWithPassword(target, dir.resolve("refused"), e -> { }).close(),
                "a password no longer lets anyone in");
        assertEquals(0, target.ssh("true").runAllowingFailure().exitCode(), "the key does");
        assertNothingArmed(target);
        assertEquals(0, applyWithKey(target, profile(target, jitsi, true), new SshLoginInstaller(), EngineListener.NONE).changeCount());

        assertEquals(1, applyWithKey(target, profile(target, jitsi, false), new SshLoginInstaller(), EngineListener.NONE).changeCount(),
                "the option turned off gives password logins back");
        assertEquals("passwordauthentication yes", effective(target));
    }

    /** A variant whose settings also shut keys out: the confirming login fails, and the change is undone at once. */
    @Test
    @Order(3)
    void undoneWhenTheConfirmingKeyLoginFails(DebianTarget target, JitsiStandInRepository jitsi) {
        Installer shutsKeysOut = new SshLoginInstaller(() -> PasswordLogins.off() + "PubkeyAuthentication no\n");
        PasswordLoginsCutOffProblem problem = assertThrows(PasswordLoginsCutOffProblem.class,
                () -> applyWithKey(target, profile(target, jitsi, true), shutsKeysOut, EngineListener.NONE));
        assertTrue(problem.detail().contains("a new SSH login as " + target.user() + "@" + target.address()), problem.detail());
        assertEquals("passwordauthentication yes", effective(target));
        assertEquals(1, target.root("test -e " + PasswordLogins.FILE).runAllowingFailure().exitCode());
        assertEquals(0, target.ssh("true").runAllowingFailure().exitCode());
        assertNothingArmed(target);
    }

    /** OwnMeet goes away right after the change (its connection dies): the server's timer turns password logins on again. */
    @Test
    @Order(4)
    void undoneByTheServersTimerWhenNothingConfirms(DebianTarget target, JitsiStandInRepository jitsi) {
        EngineListener cut = new EngineListener() {
            @Override
            public void on(EngineEvent event) {
            }

            @Override
            public void on(SshEvent event) {
                if (event instanceof SshEvent.CommandFinished finished && finished.label().equals(TurnPasswordLoginsOff.CHANGE_LABEL)) {
                    target.root("pkill -KILL -f '^sshd: " + target.user() + "' || true").run();
                    throw new IllegalStateException("OwnMeet went away after the change");
                }
            }
        };
        assertThrows(RuntimeException.class, () -> applyWithKey(target, profile(target, jitsi, true), new SshLoginInstaller(), cut));
        assertEquals("passwordauthentication no", effective(target), "the change was made");
        assertEquals("active", target.root("systemctl is-active " + PasswordLogins.TIMER.unit() + ".timer || true").run().output()
                .strip());
        long deadline = System.nanoTime() + WINDOW.plusSeconds(60).toNanos();
        while (target.root("test -d " + PasswordLogins.TIMER.dir()).runAllowingFailure().exitCode() == 0) {
            assertTrue(System.nanoTime() < deadline, "the undo timer did not run");
            sleep();
        }
        assertEquals("passwordauthentication yes", effective(target), "the server undid it by itself");
        SshTestSupport.connectWithPassword(target, dir.resolve("back"), e -> { }).close();
    }

    private static String effective(DebianTarget target) {
        return target.root("sshd -T | grep '^passwordauthentication'").run().output().strip();
    }

    private static void assertNothingArmed(DebianTarget target) {
        assertEquals("inactive", target.root("systemctl is-active " + PasswordLogins.TIMER.unit() + ".timer || true").run().output()
                .strip());
        assertEquals(1, target.root("test -e " + PasswordLogins.TIMER.dir()).runAllowingFailure().exitCode());
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
