package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.installers.xmpp.XmppClient;
import org.ownmeet.installers.xmpp.XmppSession;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.installers.standard.ServedCertificate;
import org.ownmeet.installers.standard.StandardInstallers;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * The life of one server, in order, on one target: a fresh apply, a second apply that changes
 * nothing, a host added, a host removed, a broken Prosody change undone, a reinstall of the packages
 * repaired. One subclass per shape of the Jitsi packages.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ApplyLifecycle {
    @TempDir
    static Path dir;
    /** alice's one-time password from the fresh apply, which she replaces with her own. */
    private static ApplyContext.HostCredential alice;
    private static final Secret ALICES_OWN = Secret.of("alice-chose-this-" + System.nanoTime());

    abstract JitsiShape shape();

    abstract String guestAuthentication();

    Profile profile(DebianTarget target, JitsiStandInRepository repository, String... hosts) {
        return EngineTestSupport.profile(target, repository, shape(), hosts);
    }

    @Test
    @Order(1)
    void freshApplyOnABareServer(DebianTarget target, JitsiStandInRepository repository) {
        ApplyResult result = EngineRun.apply(target, dir, profile(target, repository, "alice", "bob"), ApplyOptions.defaults());
        assertEquals(List.of("packages", "authentication", "host-accounts", "privacy", "welcome-page", "password-page",
                "tuning", "upkeep", "logging"),
                result.made().stream().map(Plan.Step::id).toList());
        assertEquals(List.of("alice", "bob"), result.newHosts().stream().map(ApplyContext.HostCredential::username).toList());
        assertEquals(List.of("prosody", "jicofo", "jitsi-videobridge2", "coturn", "nginx", "systemd-journald"), result.restarted());
        assertEquals("active\nactive\nactive\nactive\nactive", target.root(
                "systemctl is-active prosody jicofo jitsi-videobridge2 nginx coturn || true").run().output().strip());
        String guest = target.root("cat /etc/prosody/conf.d/guest." + target.domain() + ".cfg.lua").run().output();
        assertTrue(guest.contains("authentication = \"" + guestAuthentication() + "\""), guest);
        assertTrue(target.root("cat /etc/ownmeet/profile.json").run().output().contains(target.domain()));
        assertEquals("600", target.root("stat -c %a /etc/ownmeet/profile.json").run().output().strip());
        assertFalse(target.root("test -e /etc/ownmeet/restart-pending && echo left || echo none").run().output().contains("left"));
        alice = result.newHosts().get(0);

        VerificationReport report = verify(target, profile(target, repository));
        assertTrue(report.allPassed(), report.toString());
        assertEquals(18, report.checks().size());
    }

    @Test
    @Order(2)
    void aSecondApplyChangesAndRestartsNothing(DebianTarget target, JitsiStandInRepository repository) {
        String before = fingerprint(target);
        ApplyResult again = EngineRun.apply(target, dir, profile(target, repository, "alice", "bob"), ApplyOptions.defaults());
        assertEquals(0, again.changeCount());
        assertEquals(List.of(), again.restarted());
        assertEquals(1, again.roundTrips(), "the whole state in one round trip, nothing written");
        assertEquals(before, fingerprint(target), "every file byte for byte, with its time stamps");
        assertTrue(EngineRun.plan(target, dir, profile(target, repository, "alice", "bob"), ApplyOptions.defaults()).isEmpty());
    }

    @Test
    @Order(3)
    void addingAHostIsExactlyOneChangeAndAHostsOwnPasswordStays(DebianTarget target, JitsiStandInRepository repository) {
        XmppClient client = new XmppClient(ServedCertificate.target(session(target, "alice"), profile(target, repository)).server());
        client.changeOwnPassword("alice", alice.oneTimePassword(), ALICES_OWN);
        String bobsAccount = target.root("sha256sum " + accounts(target) + "/bob.dat").run().output();
        ApplyResult added = EngineRun.apply(target, dir, profile(target, repository, "alice", "bob", "carol"), ApplyOptions.defaults());
        assertEquals(1, added.changeCount());
        assertEquals(List.of("carol"), added.newHosts().stream().map(ApplyContext.HostCredential::username).toList());
        assertEquals(bobsAccount, target.root("sha256sum " + accounts(target) + "/bob.dat").run().output(),
                "an existing account is not touched");
        try (XmppSession own = client.logIn("alice", ALICES_OWN)) {
            assertTrue(own.address().startsWith("alice@"), "the password alice chose still works after the run");
        }
    }

    @Test
    @Order(4)
    void removingAHostRemovesOnlyThatAccount(DebianTarget target, JitsiStandInRepository repository) {
        Profile withoutBob = profile(target, repository, "alice", "carol");
        ApplyResult unconfirmed = EngineRun.apply(target, dir, withoutBob, ApplyOptions.defaults());
        assertEquals(0, unconfirmed.changeCount(), "taken off the list but not confirmed: the account stays");
        assertEquals("alice.dat bob.dat carol.dat", accountList(target));

        ApplyResult removed = EngineRun.apply(target, dir, withoutBob, ApplyOptions.defaults().withConfirmedRemovals(Set.of("bob")));
        assertEquals(1, removed.changeCount());
        assertEquals("alice.dat carol.dat", accountList(target));
    }

    /** A Prosody file that fails the check is put back byte for byte, and the services keep running. */
    @Test
    @Order(5)
    void aProsodyChangeThatFailsItsCheckIsUndone(DebianTarget target, JitsiStandInRepository repository) {
        String before = fingerprint(target);
        Installer broken = BrokenFileInstaller.prosody(target.domain());
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir.resolve("broken"), e -> { })) {
            Engine engine = new Engine(List.of(broken));
            Profile profile = profile(target, repository, "alice", "carol");
            assertThrows(ChangeRejectedProblem.class,
                    () -> engine.apply(session, profile, ApplyOptions.defaults(), EngineListener.NONE));
        }
        assertEquals(before, fingerprint(target), "every file as it was");
        assertEquals("active\nactive", target.root("systemctl is-active prosody jicofo || true").run().output().strip());
    }

    /** The packages reinstalled (as an upgrade does): a re-run puts back whatever they reset, and nothing else. */
    @Test
    @Order(6)
    void aReinstallOfThePackagesIsRepairedByARerun(DebianTarget target, JitsiStandInRepository repository) {
        target.root("sed -i 's/authentication = \"internal_hashed\"/authentication = \"anonymous\"/' /etc/prosody/conf.avail/"
                + target.domain() + ".cfg.lua && systemctl restart prosody").run();
        assertFalse(verify(target, profile(target, repository)).allPassed(), "as after an upgrade that reset it: anyone may open a meeting");
        target.root("DEBIAN_FRONTEND=noninteractive apt-get install -q -y --reinstall jitsi-meet-prosody jitsi-meet-web "
                + "jitsi-meet-web-config jicofo >/dev/null").timeout(Duration.ofMinutes(5)).run();
        EngineRun.apply(target, dir, profile(target, repository, "alice", "carol"), ApplyOptions.defaults());
        assertTrue(EngineRun.plan(target, dir, profile(target, repository, "alice", "carol"), ApplyOptions.defaults()).isEmpty());
        assertTrue(target.root("cat /etc/prosody/conf.avail/" + target.domain() + ".cfg.lua").run().output()
                .contains("authentication = \"internal_hashed\""));
        assertEquals("alice.dat carol.dat", accountList(target));
        VerificationReport report = verify(target, profile(target, repository));
        assertTrue(report.allPassed(), report.toString());
    }

    /** A profile for another address than the server was set up for is refused before anything changes. */
    @Test
    @Order(7)
    void anotherDomainIsRefused(DebianTarget target, JitsiStandInRepository repository) {
        Profile base = profile(target, repository, "alice", "carol");
        Profile moved = base.withDomain("meet-elsewhere.ownmeet.test");
        String before = fingerprint(target);
        assertThrows(org.ownmeet.installers.packages.DomainChangeProblem.class,
                () -> EngineRun.apply(target, dir, moved, ApplyOptions.defaults()));
        assertEquals(before, fingerprint(target));
    }

    static VerificationReport verify(DebianTarget target, Profile profile) {
        try (SshSession session = session(target, "verify")) {
            return StandardInstallers.verification().verify(session, profile);
        }
    }

    static SshSession session(DebianTarget target, String name) {
        return SshTestSupport.connectWithPassword(target, dir.resolve(name + "-" + System.nanoTime()), e -> { });
    }

    static String accounts(DebianTarget target) {
        return "/var/lib/prosody/" + target.domain().replace("-", "%2d").replace(".", "%2e") + "/accounts";
    }

    static String accountList(DebianTarget target) {
        return target.root("ls " + accounts(target) + " | tr '\\n' ' '").run().output().strip();
    }

    static String fingerprint(DebianTarget target) {
        return EngineTestSupport.fingerprint(target);
    }
}
