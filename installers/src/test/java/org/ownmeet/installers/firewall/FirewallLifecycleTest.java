package org.ownmeet.installers.firewall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ownmeet.installers.engine.EngineTestSupport.fingerprint;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.Engine;
import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.engine.EngineRun;
import org.ownmeet.installers.engine.EngineTestSupport;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.standard.StandardInstallers;
import org.ownmeet.installers.engine.StateReader;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.packages.InstallPackages;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFile;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.SshConnector;
import org.ownmeet.installers.ssh.SshLogin;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshSettings;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.host.Ports;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * The firewall on one server, in order: turned on with the meeting ports (sshd also on 2222), a
 * second run that changes nothing, desktop XMPP apps let in by one rule, a change that would shut SSH
 * out undone at once, a run cut off before its confirmation undone by the server's own timer and
 * repaired by the next run, a run that finds an unconfirmed change undoing it first, and the option
 * turned off. The undo window is short here, so the timer's own undo is seen within seconds.
 */
@TestBedTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirewallLifecycleTest {
    private static final Duration WINDOW = Duration.ofSeconds(20);
    private static final ApplyOptions OPTIONS = ApplyOptions.defaults().withFirewallSafetyWindow(WINDOW);
    private static final Duration PORT_WAIT = Duration.ofSeconds(3);
    private static final Set<String> MEETING_RULES = Set.of("22/tcp OwnMeet SSH", "2222/tcp OwnMeet SSH", "80/tcp OwnMeet HTTP",
            "443/tcp OwnMeet HTTPS", "10000/udp OwnMeet media", "3478/udp OwnMeet TURN", "5349/tcp OwnMeet TURN over TLS");
    private static final String XMPP_RULE = "5222/tcp OwnMeet XMPP apps";
    /** A STUN binding request (RFC 8489: type, length 0, magic cookie, transaction id): coturn answers it without a login. */
    private static final byte[] STUN_BINDING_REQUEST = HexFormat.of().parseHex("000100002112a442" + "6f776e6d6565742d66697265");
    /** A UDP port nothing on the server listens on, and no rule lets in. */
    private static final int CLOSED_UDP_PORT = 10001;
    @TempDir
    static Path dir;

    @Test
    @Order(1)
    void turnedOnItLetsInSshAndTheMeetingsAndNothingElse(DebianTarget target, JitsiStandInRepository repository) {
        target.root("printf 'Port 22\\nPort 2222\\n' > /etc/ssh/sshd_config.d/ports.conf").run();
        target.restartSsh();

        ApplyResult result = EngineRun.apply(target, dir, profile(target, repository, false, true), OPTIONS);

        List<String> steps = result.made().stream().map(step -> step.id()).toList();
        assertEquals(List.of("firewall", "logging"), steps.subList(steps.size() - 2, steps.size()),
                "logging after the firewall, so ufw's log is kept the chosen days in the same run");
        assertTrue(target.root("cat /etc/logrotate.d/ufw").run().output().contains("rotate 7\n"));
        List<Change> changes = firewallChanges(result);
        assertInstanceOf(InstallPackages.class, changes.get(0));
        FirewallDiff planned = ((ConfigureFirewall) changes.get(1)).planned();
        assertTrue(planned.turnOn());
        String status = target.root("ufw status verbose").run().output();
        assertTrue(status.contains("Status: active"), status);
        assertTrue(status.contains("Default: deny (incoming), allow (outgoing)"), status);
        assertTrue(status.contains("Logging: off"), "refused connections are not logged with their senders' addresses: " + status);
        assertEquals(MEETING_RULES, rules(target, "user.rules"));
        assertEquals(MEETING_RULES, rules(target, "user6.rules"));
        assertNothingArmed(target);
        assertTrue(target.root("ls /var/backups/ownmeet/*/etc/ufw/user.rules").runAllowingFailure().exitCode() == 0,
                "ufw's files before the change are kept as backups");

        assertEquals(0, target.ssh("true").runAllowingFailure().exitCode(), "a new SSH login works");
        assertEquals(Ports.Answer.OPEN, Ports.tcp(target.address(), 443, PORT_WAIT));
        assertEquals(Ports.Answer.OPEN, Ports.tcp(target.address(), 80, PORT_WAIT));
        assertEquals(Ports.Answer.OPEN, Ports.tcp(target.address(), 2222, PORT_WAIT));
        assertListensInside(target, 5222);
        assertEquals(Ports.Answer.SILENT, Ports.tcp(target.address(), 5222, PORT_WAIT), "Prosody listens, but the firewall drops it");
        assertListensInside(target, 5280);
        assertEquals(Ports.Answer.SILENT, Ports.tcp(target.address(), 5280, PORT_WAIT));
        String ipv6 = target.ipv6LinkLocal();
        assertEquals(Ports.Answer.OPEN, Ports.tcp(ipv6, 443, PORT_WAIT), "IPv6 lets the meetings in too");
        assertEquals(Ports.Answer.SILENT, Ports.tcp(ipv6, 5222, PORT_WAIT), "IPv6 is filtered too");
        assertEquals(Ports.Answer.OPEN, Ports.udp(target.address(), 3478, STUN_BINDING_REQUEST, PORT_WAIT), "coturn answers STUN");
        assertNothingListensInsideOnUdp(target, 10000);
        assertEquals(Ports.Answer.REFUSED, Ports.udp(target.address(), 10000, STUN_BINDING_REQUEST, PORT_WAIT),
                "the media port is let through (the server's kernel says nothing listens there)");
        assertNothingListensInsideOnUdp(target, CLOSED_UDP_PORT);
        assertEquals(Ports.Answer.SILENT, Ports.udp(target.address(), CLOSED_UDP_PORT, STUN_BINDING_REQUEST, PORT_WAIT),
                "any other UDP port is dropped");

        VerificationReport report = verify(target, profile(target, repository, false, true));
        assertTrue(report.allPassed(), report.toString());
        assertTrue(report.checks().stream().anyMatch(check -> check.check() == CheckId.FIREWALL));
    }

    /** The probe finds the server's own port of the login, the one sshd really listens on (here both say 22). */
    @Test
    @Order(2)
    void theProbeSeesThePortThisLoginCameInOn(DebianTarget target) {
        try (SshSession session = session(target, SshSettings.defaults())) {
            String answer = StateReader.read(session, StateRequest.of(List.of(), List.of(FirewallProbe.PROBE))).probe("firewall");
            assertEquals(Optional.of(22), FirewallProbe.parse(answer).connectionPort(), answer);
        }
    }

    @Test
    @Order(3)
    void aSecondRunChangesNothing(DebianTarget target, JitsiStandInRepository repository) {
        String before = fingerprint(target);
        ApplyResult again = EngineRun.apply(target, dir, profile(target, repository, false, true), OPTIONS);
        assertEquals(0, again.changeCount());
        assertEquals(List.of(), again.restarted());
        assertEquals(1, again.roundTrips(), "the whole state in one round trip, nothing written");
        assertEquals(before, fingerprint(target));
        assertTrue(EngineRun.plan(target, dir, profile(target, repository, false, true), OPTIONS).isEmpty());
    }

    @Test
    @Order(4)
    void desktopXmppAppsAreLetInByExactlyOneRule(DebianTarget target, JitsiStandInRepository repository) {
        ApplyResult result = EngineRun.apply(target, dir, profile(target, repository, true, true), OPTIONS);
        List<Change> changes = firewallChanges(result);
        assertEquals(1, changes.size());
        FirewallDiff planned = ((ConfigureFirewall) changes.get(0)).planned();
        assertEquals(List.of("let in 5222/tcp (XMPP apps)"), planned.lines());
        assertEquals(with(MEETING_RULES, XMPP_RULE), rules(target, "user.rules"));
        assertEquals(with(MEETING_RULES, XMPP_RULE), rules(target, "user6.rules"));
        assertEquals(Ports.Answer.OPEN, Ports.tcp(target.address(), 5222, PORT_WAIT));
        assertEquals(0, EngineRun.apply(target, dir, profile(target, repository, true, true), OPTIONS).changeCount());
    }

    /** A rule set without SSH (a broken variant) would shut new logins out: undone at once, a new login works. */
    @Test
    @Order(5)
    void aChangeThatWouldShutSshOutIsUndone(DebianTarget target, JitsiStandInRepository repository) {
        String before = fingerprint(target);
        BiFunction<Profile, Set<Integer>, List<FirewallRule>> withoutSsh = (profile, sshPorts) -> MeetingPorts.rules(profile, Set.of());
        Engine broken = new Engine(List.of(new FirewallInstaller(withoutSsh)));
        try (SshSession session = session(target, SshSettings.defaults().withConnectTimeout(Duration.ofSeconds(5)))) {
            FirewallCutOffProblem problem = assertThrows(FirewallCutOffProblem.class,
                    () -> broken.apply(session, profile(target, repository, true, true), OPTIONS, EngineListener.NONE));
            assertTrue(problem.userMessage().startsWith("The firewall change would have cut you off from the server, so it "
                    + "was undone."), problem.userMessage());
            assertTrue(problem.detail().contains("a new SSH login as " + target.user() + "@" + target.address()), problem.detail());
        }
        assertEquals(0, target.ssh("true").runAllowingFailure().exitCode(), "a new login works again");
        assertEquals(before, fingerprint(target), "ufw's files as they were, byte for byte");
        assertEquals(with(MEETING_RULES, XMPP_RULE), rules(target, "user6.rules"));
        assertNothingArmed(target);
    }

    /**
     * OwnMeet goes away right after the change (the connection dies, nothing confirms): the server's
     * timer puts the firewall back by itself, and the next run makes the change again, confirmed.
     */
    @Test
    @Order(6)
    void aRunCutOffBeforeItsConfirmationIsUndoneByTheServerAndTheNextRunConverges(DebianTarget target,
                                                                                  JitsiStandInRepository repository) {
        String before = fingerprint(target);
        Profile withoutXmpp = profile(target, repository, false, true);
        assertThrows(RuntimeException.class, () -> new EngineRun().applyWith(target, dir, withoutXmpp, OPTIONS, cutAfterTheChange(target)));
        assertEquals(MEETING_RULES, rules(target, "user.rules"), "the change was made");
        assertEquals("active", target.root("systemctl is-active " + UndoTimer.UNIT + ".timer || true").run().output().strip());

        awaitUndone(target);
        assertEquals(before, fingerprint(target), "the server put ufw's files back by itself");
        assertEquals(Ports.Answer.OPEN, Ports.tcp(target.address(), 5222, PORT_WAIT), "and loaded them");

        ApplyResult rerun = EngineRun.apply(target, dir, withoutXmpp, OPTIONS);
        assertEquals(List.of("close 5222/tcp (the rule \"OwnMeet XMPP apps\", no longer asked for)"),
                ((ConfigureFirewall) firewallChanges(rerun).get(0)).planned().lines());
        assertEquals(MEETING_RULES, rules(target, "user.rules"));
        assertEquals(MEETING_RULES, rules(target, "user6.rules"));
        assertEquals(Ports.Answer.SILENT, Ports.tcp(target.address(), 5222, PORT_WAIT));
        assertNothingArmed(target);
        assertTrue(EngineRun.plan(target, dir, withoutXmpp, OPTIONS).isEmpty());
    }

    /** A run that comes while an interrupted run's change still waits for its timer undoes it first, then makes its own. */
    @Test
    @Order(7)
    void aRunWithinTheWindowOfAnUnconfirmedChangeUndoesItFirst(DebianTarget target, JitsiStandInRepository repository) {
        Profile withXmpp = profile(target, repository, true, true);
        assertThrows(RuntimeException.class, () -> new EngineRun().applyWith(target, dir, withXmpp, OPTIONS, cutAfterTheChange(target)));
        assertEquals(with(MEETING_RULES, XMPP_RULE), rules(target, "user.rules"), "the change was made");

        Plan plan = EngineRun.plan(target, dir, withXmpp, OPTIONS);
        ConfigureFirewall pending = (ConfigureFirewall) plan.steps().stream().filter(s -> s.id().equals("firewall")).findFirst()
                .orElseThrow().changes().get(0);
        assertTrue(pending.undoFirst());
        assertEquals(List.of("let in 5222/tcp (XMPP apps)"), pending.planned().lines(), "worked out on what the undo puts back");
        List<EngineEvent> events = new CopyOnWriteArrayList<>();
        new EngineRun().applyWith(target, dir, withXmpp, OPTIONS, events::add);
        assertTrue(events.stream().anyMatch(e -> e instanceof EngineEvent.Note note && note.text().contains("undid it first")), events.toString());

        assertEquals(with(MEETING_RULES, XMPP_RULE), rules(target, "user.rules"));
        assertEquals(with(MEETING_RULES, XMPP_RULE), rules(target, "user6.rules"));
        assertNothingArmed(target);
        assertTrue(EngineRun.plan(target, dir, withXmpp, OPTIONS).isEmpty());
    }

    /** Turned off, OwnMeet hands the firewall back as it is and says so. */
    @Test
    @Order(8)
    void turnedOffTheFirewallStaysAsItIs(DebianTarget target, JitsiStandInRepository repository) throws Exception {
        String before = ufwFiles(target);
        Profile off = profile(target, repository, true, false);
        Plan plan = EngineRun.plan(target, dir, off, OPTIONS);
        assertTrue(plan.isEmpty());
        assertTrue(plan.warnings().stream().anyMatch(w -> w.english().startsWith("OwnMeet no longer looks after the firewall")), plan.describe());
        assertEquals(0, EngineRun.apply(target, dir, off, OPTIONS).changeCount());
        assertEquals(before, ufwFiles(target), "ufw's files byte for byte (the record holds the new choice)");
        assertFalse(ProfileFile.fromJson(target.root("cat /etc/ownmeet/profile.json").run().output()).options().firewall());
        assertTrue(target.root("ufw status").run().output().contains("Status: active"));
        VerificationReport report = verify(target, off);
        assertTrue(report.checks().stream().noneMatch(check -> check.check() == CheckId.FIREWALL), report.toString());
    }

    /**
     * Someone turned ufw off: the ports are open from outside (which shows that the silence before was
     * the firewall's), verify says so, and the next run turns it back on and nothing else.
     */
    @Test
    @Order(9)
    void aFirewallSomeoneTurnedOffIsTurnedBackOn(DebianTarget target, JitsiStandInRepository repository) {
        Profile on = profile(target, repository, true, true);
        target.root("ufw disable").run();
        assertEquals(Ports.Answer.REFUSED, Ports.udp(target.address(), CLOSED_UDP_PORT, STUN_BINDING_REQUEST, PORT_WAIT));
        assertEquals(Ports.Answer.REFUSED, Ports.tcp(target.address(), 5223, PORT_WAIT), "unfiltered, a closed port says so");
        VerificationReport off = verify(target, on);
        assertTrue(off.checks().stream().anyMatch(c -> c.check() == CheckId.FIREWALL && !c.passed()), off.toString());

        ApplyResult result = EngineRun.apply(target, dir, on, OPTIONS);
        assertEquals(List.of("turn the firewall on"), ((ConfigureFirewall) firewallChanges(result).get(0)).planned().lines());
        assertEquals(Ports.Answer.SILENT, Ports.udp(target.address(), CLOSED_UDP_PORT, STUN_BINDING_REQUEST, PORT_WAIT));
        assertEquals(Ports.Answer.SILENT, Ports.tcp(target.address(), 5223, PORT_WAIT));
        assertEquals(Ports.Answer.OPEN, Ports.tcp(target.address(), 5222, PORT_WAIT));
        assertNothingArmed(target);
        assertTrue(verify(target, on).allPassed());
    }

    /**
     * ufw refuses the change (an admin's broken before.rules, here): everything is put back byte for
     * byte, ufw stays as it was, the services and new logins work, and the message says so plainly.
     */
    @Test
    @Order(10)
    void aChangeUfwRefusesIsPutBackByteForByte(DebianTarget target, JitsiStandInRepository repository) {
        Profile on = profile(target, repository, true, true);
        target.root("ufw disable && cp -a /etc/ufw/before.rules /root/before.rules "
                + "&& sed -i '$ i -A ufw-before-input -j OWNMEET-TEST-NO-SUCH-CHAIN' /etc/ufw/before.rules").run();
        String before = fingerprint(target);

        FirewallChangeFailedProblem problem = assertThrows(FirewallChangeFailedProblem.class,
                () -> EngineRun.apply(target, dir, on, OPTIONS));
        assertTrue(problem.userMessage().startsWith("ufw did not accept the firewall change, so OwnMeet put the previous "
                + "firewall back."), problem.userMessage());
        assertEquals(before, fingerprint(target), "every file as it was, byte for byte");
        assertTrue(target.root("ufw status").run().output().contains("Status: inactive"));
        assertNothingArmed(target);
        assertEquals(0, target.ssh("true").runAllowingFailure().exitCode(), "a new login works");
        assertEquals("active\nactive\nactive", target.root("systemctl is-active prosody nginx coturn").run().output().strip());

        target.root("cp -a /root/before.rules /etc/ufw/before.rules").run();
        ApplyResult repaired = EngineRun.apply(target, dir, on, OPTIONS);
        assertEquals(List.of("turn the firewall on"), ((ConfigureFirewall) firewallChanges(repaired).get(0)).planned().lines());
        assertTrue(target.root("ufw status").run().output().contains("Status: active"));
        assertTrue(EngineRun.plan(target, dir, on, OPTIONS).isEmpty());
    }

    private static Profile profile(DebianTarget target, JitsiStandInRepository repository, boolean xmppApps, boolean firewall) {
        Profile base = EngineTestSupport.profile(target, repository, JitsiShape.CURRENT, "alice");
        return base.withOptions(base.options().withDesktopXmppClients(xmppApps).withFirewall(firewall));
    }

    /** Kills the run's connection the moment the ufw commands are done, and the run with it, before any confirmation. */
    private static EngineListener cutAfterTheChange(DebianTarget target) {
        return new EngineListener() {
            @Override
            public void on(EngineEvent event) {
            }

            @Override
            public void on(SshEvent event) {
                if (event instanceof SshEvent.CommandFinished finished && finished.label().equals(ConfigureFirewall.CHANGE_LABEL)) {
                    target.root("pkill -KILL -f '^sshd: " + target.user() + "' || true").run();
                    throw new IllegalStateException("OwnMeet went away after the change");
                }
            }
        };
    }

    private static void awaitUndone(DebianTarget target) {
        long deadline = System.nanoTime() + WINDOW.plusSeconds(60).toNanos();
        while (target.root("test -d " + UndoTimer.DIR).runAllowingFailure().exitCode() == 0) {
            assertTrue(System.nanoTime() < deadline, "the undo timer did not run");
            Ports.sleep(250);
        }
    }

    private static void assertNothingArmed(DebianTarget target) {
        assertEquals("inactive", target.root("systemctl is-active " + UndoTimer.UNIT + ".timer || true").run().output().strip());
        assertEquals(1, target.root("test -e " + UndoTimer.DIR).runAllowingFailure().exitCode(), "nothing saved for an undo");
    }

    private static void assertListensInside(DebianTarget target, int port) {
        assertFalse(target.root("ss -Hltn 'sport = :" + port + "'").run().output().isBlank(), "nothing listens on " + port);
    }

    private static void assertNothingListensInsideOnUdp(DebianTarget target, int port) {
        assertEquals("", target.root("ss -Hlun 'sport = :" + port + "'").run().output().strip(), "something listens on " + port + "/udp");
    }

    private static List<Change> firewallChanges(ApplyResult result) {
        return result.made().stream().filter(step -> step.id().equals("firewall")).findFirst().orElseThrow().changes();
    }

    /** OwnMeet's rules in one of ufw's rule files, as "port/protocol comment". */
    private static Set<String> rules(DebianTarget target, String file) {
        Set<String> rules = new TreeSet<>();
        UfwRule.parseAll(target.root("cat /etc/ufw/" + file).run().output()).forEach(r -> rules.add(r.spec() + " " + r.comment()));
        return rules;
    }

    private static Set<String> with(Set<String> rules, String more) {
        Set<String> all = new TreeSet<>(rules);
        all.add(more);
        return all;
    }

    private static String ufwFiles(DebianTarget target) {
        return fingerprint(target).lines().filter(line -> line.startsWith("/etc/ufw/") || line.startsWith("/etc/default/ufw "))
                .collect(Collectors.joining("\n"));
    }

    private static VerificationReport verify(DebianTarget target, Profile profile) {
        try (SshSession session = session(target, SshSettings.defaults())) {
            return StandardInstallers.verification().verify(session, profile);
        }
    }

    private static SshSession session(DebianTarget target, SshSettings settings) {
        return new SshConnector(SshTestSupport.knownHostsTrusting(dir.resolve("ssh-" + System.nanoTime()), target.address(), target.sshPort(),
                SshTestSupport.hostKey(target.hostPublicKeys(), "ED25519")), settings)
                .connect(SshTestSupport.target(target), new SshLogin.Password(Secret.of(target.password())), null, e -> { });
    }
}
