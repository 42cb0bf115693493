package org.ownmeet.installers.bridges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.bridges.BridgedServers.GroupPlan;
import org.ownmeet.installers.bridges.BridgedServers.GroupResult;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.engine.EngineRun;
import org.ownmeet.installers.engine.EngineTestSupport;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.standard.StandardInstallers;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;
import org.ownmeet.testbed.target.SecondTarget;

/**
 * A main server and one videobridge server on the test bed, in order: adding the bridge (both servers' changes in
 * the plan, the bridge in the brewery, a second run changing nothing), a wrong password and a blocked port found
 * by the check, a run cut off between the two servers, and removing the bridge again.
 */
@TestBedTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BridgesOnTestBedTest {
    private static final BridgedServers SERVERS = new BridgedServers(StandardInstallers.all());
    @TempDir
    static Path dir;
    private static String mainBefore;

    private static Profile withBridge(DebianTarget main, SecondTarget bridge, JitsiStandInRepository jitsi) {
        return alone(main, jitsi).withBridges(List.of(new Profile.Bridge("bridge2", bridge.target().address(), 22,
                bridge.target().user())));
    }

    /** With OwnMeet's firewall on both servers: the bridges reach port 5222 of the main server through their own rule. */
    private static Profile alone(DebianTarget main, JitsiStandInRepository jitsi) {
        return EngineTestSupport.profile(main, jitsi, JitsiShape.CURRENT, "alice").withOptions(new Profile.Options(true, false, true));
    }

    @Test
    @Order(1)
    void addingABridgeShowsBothServersAndPutsItInTheBrewery(DebianTarget main, SecondTarget bridge, JitsiStandInRepository jitsi) {
        EngineRun.apply(main, dir, alone(main, jitsi), ApplyOptions.defaults());
        mainBefore = withoutJournal(EngineTestSupport.fingerprint(main));
        Profile profile = withBridge(main, bridge, jitsi);

        GroupPlan plan = withSessions(main, bridge, (m, b) -> SERVERS.plan(m, b, profile, ApplyOptions.defaults()));
        // the privacy notice on the welcome page names the bridge server where audio and video pass
        assertEquals(List.of("welcome-page", "bridge-accounts", "bridge-routes", "bridge-firewall"), changedSteps(plan.main()),
                plan.main().describe());
        assertEquals(List.of("bridge-packages", "bridge-settings", "tuning", "firewall", "logging"), changedSteps(plan.bridges().get("bridge2")),
                plan.bridges().get("bridge2").describe());

        GroupResult result = apply(main, bridge, profile, ApplyOptions.defaults(), null);
        assertEquals(Map.of(), result.failed());
        assertTrue(result.bridges().get("bridge2").restarted().contains("jitsi-videobridge2"));
        BridgeChecks.Result check = checkUntil(main, bridge, profile, BridgeChecks.Result::passed);
        assertEquals("bridge.in-brewery", check.code(), check.reason());
        List<BridgeChecks.Result> all = withSessions(main, bridge, (m, b) -> BridgeChecks.check(m, b, profile));
        assertEquals("bridge.websocket", all.get(1).code());
        assertTrue(all.get(1).passed(), all.get(1).reason() + " " + all.get(1).detail());
        assertEquals("bridge.private", all.get(2).code(), all.get(2).reason() + " " + all.get(2).detail());
        String ufw = main.root("ufw status").run().output();
        assertTrue(Pattern.compile("(?m)^5222/tcp\\s+ALLOW\\s+" + Pattern.quote(bridge.target().address()) + "\\s").matcher(ufw)
                .find() && !Pattern.compile("(?m)^5222/tcp\\s+ALLOW\\s+Anywhere").matcher(ufw).find(), ufw);
        String jvbConf = bridge.target().root("stat -c '%U:%G %a' " + BridgeJvbConf.PATH + "; cat " + BridgeJvbConf.PATH).run().output();
        assertTrue(jvbConf.startsWith("jvb:jitsi 640\n") && jvbConf.contains("USERNAME = \"jvb-bridge2\""), jvbConf);
        // the main server's logging and tuning rules, for what runs on the bridge server
        assertTrue(jvbConf.contains("videobridge.redact-remote-addresses = true") && jvbConf.contains("ice4j.redact-remote-addresses"
                + " = true") && jvbConf.contains("videobridge.loudest.route-loudest-only = "), jvbConf);
        String kept = bridge.target().root("cat /etc/jitsi/videobridge/logging.properties /etc/logrotate.d/jitsi-videobridge"
                + " /etc/jitsi/videobridge/config /etc/systemd/system/jitsi-videobridge2.service.d/ownmeet-tuning.conf").run().output();
        assertTrue(kept.contains(".level=WARNING") && kept.contains("maxage " + profile.logging().retentionDays())
                && kept.contains("# sized to this server's memory") && kept.contains("from the meeting size in its profile"), kept);
        String log = bridge.target().root("cat /var/log/jitsi/jvb.log").run().output();
        assertTrue(log.contains("Joined MUC: jvbbrewery@internal.auth." + main.domain()), log);
        // the password is in no process's command line on either server
        String password = jvbConf.replaceAll("(?s).*PASSWORD = \"([^\"]+)\".*", "$1");
        assertTrue(!main.root("ps -eo args").run().output().contains(password)
                && !bridge.target().root("ps -eo args").run().output().contains(password));

        GroupResult again = apply(main, bridge, profile, ApplyOptions.defaults(), null);
        assertEquals(List.of(), again.main().made());
        assertEquals(List.of(), again.bridges().get("bridge2").made());
    }

    @Test
    @Order(2)
    void aWrongPasswordIsFoundAndTheNextRunMendsIt(DebianTarget main, SecondTarget bridge, JitsiStandInRepository jitsi) {
        Profile profile = withBridge(main, bridge, jitsi);
        bridge.target().root("systemctl stop jitsi-videobridge2").run();
        main.root("printf 'someone-else1\\nsomeone-else1\\n' | prosodyctl passwd jvb-bridge2@auth." + main.domain()).run();
        bridge.target().root("systemctl start jitsi-videobridge2").run();
        BridgeChecks.Result wrong = checkUntil(main, bridge, profile, r -> !r.passed());
        assertEquals("bridge.wrong-password", wrong.code());
        assertEquals("The videobridge bridge2 cannot log in to the main server: its password is not the one the main server"
                + " has for it. Apply again to give both the same new password.", wrong.reason());

        GroupResult mended = apply(main, bridge, profile, ApplyOptions.defaults(), null);
        assertEquals(List.of("bridge-accounts"), mended.main().made().stream().map(Plan.Step::id).toList());
        bridge.target().root("systemctl restart jitsi-videobridge2").run();
        assertTrue(checkUntil(main, bridge, profile, BridgeChecks.Result::passed).passed());
    }

    @Test
    @Order(3)
    void aBlockedPortIsFoundAndTheNextRunOpensItAgain(DebianTarget main, SecondTarget bridge, JitsiStandInRepository jitsi) {
        Profile profile = withBridge(main, bridge, jitsi);
        bridge.target().root("systemctl stop jitsi-videobridge2").run();
        main.root("ufw delete allow proto tcp from " + bridge.target().address() + " to any port 5222").run();
        bridge.target().root("systemctl start jitsi-videobridge2").run();
        BridgeChecks.Result blocked = checkUntil(main, bridge, profile, r -> !r.passed());
        assertEquals("bridge.blocked", blocked.code());
        assertEquals("The videobridge bridge2 cannot reach the main server: port 5222 of " + main.address() + " does not"
                + " answer it. Check the firewalls between the two servers.", blocked.reason());

        GroupResult opened = apply(main, bridge, profile, ApplyOptions.defaults(), null);
        assertEquals(List.of("bridge-firewall"), opened.main().made().stream().map(Plan.Step::id).toList());
        assertTrue(checkUntil(main, bridge, profile, BridgeChecks.Result::passed).passed());
    }

    @Test
    @Order(4)
    void aRunCutOffBetweenTheServersConverges(DebianTarget main, SecondTarget bridge, JitsiStandInRepository jitsi) {
        Profile profile = withBridge(main, bridge, jitsi);
        // a new password is decided (the bridge lost its file); the connection to the bridge ends once the main server has it
        bridge.target().root("rm " + BridgeJvbConf.PATH).run();
        GroupResult cut = withSessions(main, bridge, (m, b) -> SERVERS.apply(m, b, profile, ApplyOptions.defaults(),
                event -> {
                    if (event instanceof EngineEvent.StepFinished finished && finished.step().equals("bridge-accounts")) {
                        b.get("bridge2").close();
                    }
                }));
        assertEquals(Set.of("bridge2"), cut.failed().keySet());
        assertEquals(List.of("bridge-accounts"), cut.main().made().stream().map(Plan.Step::id).toList());

        GroupResult rerun = apply(main, bridge, profile, ApplyOptions.defaults(), null);
        assertEquals(Map.of(), rerun.failed());
        assertTrue(checkUntil(main, bridge, profile, BridgeChecks.Result::passed).passed());
        GroupResult third = apply(main, bridge, profile, ApplyOptions.defaults(), null);
        assertTrue(third.main().made().isEmpty() && third.bridges().get("bridge2").made().isEmpty());
    }

    @Test
    @Order(5)
    void removingTheBridgeLeavesTheMainServerAsBefore(DebianTarget main, SecondTarget bridge, JitsiStandInRepository jitsi) {
        Profile alone = alone(main, jitsi);
        GroupPlan unconfirmed = withSessions(main, bridge, (m, b) -> SERVERS.plan(m, Map.of(), alone, ApplyOptions.defaults()));
        // only the notice follows the profile at once; the account, route and port wait for the confirmation
        assertEquals(List.of("welcome-page"), changedSteps(unconfirmed.main()), unconfirmed.main().describe());
        // (other steps may note things about the test bed's small machine)
        assertEquals(List.of("bridge.not-in-profile"), unconfirmed.main().warnings().stream().map(w -> w.code())
                .filter(code -> code.startsWith("bridge.")).toList());

        GroupResult removed = withSessions(main, bridge, (m, b) -> SERVERS.apply(m, Map.of(), alone,
                ApplyOptions.defaults().withConfirmedRemovals(Set.of("jvb-bridge2")), event -> { }));
        assertEquals(List.of("welcome-page", "bridge-accounts", "bridge-routes", "bridge-firewall"),
                removed.main().made().stream().map(Plan.Step::id).toList());
        assertEquals(mainBefore, withoutJournal(EngineTestSupport.fingerprint(main)));
        withSessions(main, bridge, (m, b) -> {
            BridgedServers.retire(b.get("bridge2"));
            return null;
        });
        assertEquals("inactive", bridge.target().root("systemctl is-active jitsi-videobridge2").runAllowingFailure().output()
                .strip());
    }

    private static List<String> changedSteps(Plan plan) {
        return plan.steps().stream().filter(step -> !step.changes().isEmpty()).map(Plan.Step::id).toList();
    }

    /**
     * OwnMeet's own record of its runs (journal and the profile last applied) is left out, and so are the times of
     * change: a file written again with what it had before is as it was.
     */
    private static String withoutJournal(String fingerprint) {
        return fingerprint.lines().filter(line -> !line.startsWith("/etc/ownmeet/"))
                .map(line -> line.replaceFirst("^(\\S+ \\S+ \\S+) \\S+ ", "$1 ")).reduce("", (a, b) -> a + b + "\n");
    }

    private static GroupResult apply(DebianTarget main, SecondTarget bridge, Profile profile, ApplyOptions options,
                                     EngineListener listener) {
        return withSessions(main, bridge, (m, b) -> SERVERS.apply(m, b, profile, options, listener == null ? event -> { }
                : listener));
    }

    private static BridgeChecks.Result checkUntil(DebianTarget main, SecondTarget bridge, Profile profile,
                                                  Predicate<BridgeChecks.Result> done) {
        long end = System.nanoTime() + 40_000_000_000L;
        while (true) {
            BridgeChecks.Result result = withSessions(main, bridge, (m, b) -> BridgeChecks.check(m, b, profile)).get(0);
            if (done.test(result) || System.nanoTime() > end) {
                return result;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result;
            }
        }
    }

    private interface Run<T> {
        T with(SshSession main, Map<String, SshSession> bridges);
    }

    private static <T> T withSessions(DebianTarget main, SecondTarget bridge, Run<T> run) {
        try (SshSession m = SshTestSupport.connectWithPassword(main, dir.resolve("main-" + System.nanoTime()), e -> { });
             SshSession b = SshTestSupport.connectWithPassword(bridge.target(), dir.resolve("bridge-" + System.nanoTime()), e -> { })) {
            return run.with(m, Map.of("bridge2", b));
        }
    }
}
