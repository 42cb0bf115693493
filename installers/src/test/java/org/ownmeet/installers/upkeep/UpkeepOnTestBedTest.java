package org.ownmeet.installers.upkeep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.ownmeet.installers.engine.EngineRun;
import org.ownmeet.installers.engine.EngineTestSupport;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.standard.StandardInstallers;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.installers.upkeep.health.PendingSince;
import org.ownmeet.installers.upkeep.health.ServerHealth;
import org.ownmeet.installers.verify.HealthFinding;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * One server kept up to date: automatic security updates on from the first run (and only the
 * distribution's suites allowed, never Jitsi's packages), a pending update seen by verify and
 * installed by the server's own daily run, and a Jitsi upgrade through OwnMeet that keeps every
 * setting.
 */
@TestBedTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpkeepOnTestBedTest {
    /** A package of the distribution's security suite, as the test's own small repository offers it. */
    private static final String CANARY = "ownmeet-canary";
    /** {@link PendingSince}'s record on the server. */
    private static final String RECORD = "/var/lib/ownmeet/pending-security-since";
    @TempDir
    static Path dir;

    private static Profile profile(DebianTarget target, JitsiStandInRepository jitsi, JitsiShape shape) {
        return EngineTestSupport.profile(target, jitsi, shape, "alice");
    }

    @Test
    @Order(1)
    void aFreshApplyTurnsOnTheSecurityUpdatesOnlyAndASecondChangesNothing(DebianTarget target, JitsiStandInRepository jitsi) {
        ApplyResult fresh = EngineRun.apply(target, dir, profile(target, jitsi, JitsiShape.CURRENT), ApplyOptions.defaults());
        assertTrue(fresh.made().stream().map(Plan.Step::id).toList().contains("upkeep"));
        assertEquals("enabled\nenabled", target.root("systemctl is-enabled apt-daily.timer apt-daily-upgrade.timer").run()
                .output().strip());

        // what the archive offers on the day of the run would make the dry run slow and its output the day's
        target.root(SecuritySuite.holdArchiveUpdates()).run();
        String dryRun = target.root("unattended-upgrade --dry-run -d 2>&1").timeout(Duration.ofMinutes(2)).run().output();
        System.out.println("unattended-upgrade --dry-run -d:\n" + dryRun.lines().filter(l -> l.startsWith("Allowed origins")
                || l.startsWith("Initial blacklist") || l.startsWith("Packages that will be upgraded") || l.startsWith("Marking not allowed"))
                .limit(12).reduce("", (a, b) -> a + b + "\n"));
        String allowed = line(dryRun, "Allowed origins are: ");
        assertEquals("Allowed origins are: origin=Debian,codename=bookworm-security,label=Debian-Security, "
                + "origin=Debian,codename=bookworm,label=Debian-Security, origin=Debian,codename=bookworm-updates, "
                + "origin=Debian,archive=bookworm-security, origin=Debian,archive=bookworm-updates", allowed);
        assertTrue(line(dryRun, "Initial blacklist: ").contains("jitsi-meet$ jitsi-meet-web$ jitsi-meet-web-config$ "
                + "jitsi-meet-prosody$ jitsi-meet-turnserver$ jicofo$ jitsi-videobridge2$"), dryRun);
        String needrestart = target.root("cat /etc/needrestart/conf.d/ownmeet.conf").run().output();
        assertTrue(needrestart.contains("$nrconf{restart} = 'a';"), needrestart);

        String before = EngineTestSupport.fingerprint(target) + upkeepFiles(target);
        assertEquals(0, EngineRun.apply(target, dir, profile(target, jitsi, JitsiShape.CURRENT), ApplyOptions.defaults())
                .changeCount());
        assertEquals(before, EngineTestSupport.fingerprint(target) + upkeepFiles(target));
    }

    @Test
    @Order(2)
    void aPendingSecurityUpdateIsReportedAndInstalledByTheServersOwnDailyRun(DebianTarget target, JitsiStandInRepository jitsi) {
        target.root(SecuritySuite.script(CANARY)).timeout(Duration.ofMinutes(2)).run();
        assertEquals("1.0", installedVersion(target));
        assertTrue(target.root("apt-get -s upgrade").run().output().contains("Inst " + CANARY + " [1.0] (1.1 "));
        // the distribution may have real updates waiting too: the count is the server's own
        long security = Long.parseLong(target.root("apt-get -s upgrade | grep '^Inst ' | grep -ci security || true").run()
                .output().strip());
        VerificationReport waiting = verify(target, profile(target, jitsi, JitsiShape.CURRENT));
        assertTrue(waiting.allPassed(), waiting.toString());
        HealthFinding updates = finding(waiting, "updates.");
        assertEquals("updates.pending", updates.code(), updates.sentence());
        assertTrue(updates.sentence().startsWith(security + " security update(s) and "), security + ": " + updates.sentence());
        // apt's hook noted the update when the lists first offered it: just now
        String noted = target.root("cat " + RECORD).run().output();
        long now = Long.parseLong(target.root("date +%s").run().output().strip());
        long since = Long.parseLong(line(noted, CANARY + " 1.1 ").split(" ")[2]);
        assertTrue(now - since < 600, noted);
        assertTrue(updates.sentence().endsWith("the oldest security update has been offered for less than a day."), updates.sentence());
        assertEquals(HealthFinding.Level.OK, updates.level());
        // as if the lists had first offered it nine days ago: the daily run should have taken it by now
        target.root("sed -i 's/^" + CANARY + " 1.1 .*/" + CANARY + " 1.1 " + (now - 9 * 86_400) + "/' " + RECORD).run();
        HealthFinding old = health(target, profile(target, jitsi, JitsiShape.CURRENT)).stream()
                .filter(f -> f.code().startsWith("updates.")).findFirst().orElseThrow();
        assertTrue(old.sentence().endsWith("the oldest security update has been offered for 9 day(s)."), old.sentence());
        assertEquals(List.of(String.valueOf(security), "9"), List.of(old.arguments().get(0), old.arguments().get(2)));
        assertEquals(HealthFinding.Level.WARNING, old.level());

        // the timer's own unit, started now instead of at its time of day; needrestart may re-execute systemd
        // during the run (libraries the apply's installs updated), which cuts the waiting systemctl's connection:
        // then the test waits for the unit to end by itself
        target.root("systemctl start apt-daily-upgrade.service || true; while [ \"$(systemctl show -p ActiveState "
                + "--value apt-daily-upgrade.service 2>/dev/null || echo activating)\" = activating ]; do sleep 2; done")
                .timeout(Duration.ofMinutes(8)).run();
        assertEquals("1.1", installedVersion(target), target.root("tail -n 20 /var/log/unattended-upgrades/unattended-upgrades.log")
                .runAllowingFailure().output());
        VerificationReport done = verify(target, profile(target, jitsi, JitsiShape.CURRENT));
        HealthFinding after = finding(done, "updates.");
        assertTrue(after.code().equals("updates.none") || after.code().equals("updates.other"), after.sentence());
        assertEquals("last-run.recent", finding(done, "last-run.").code(), finding(done, "last-run.").sentence());
        done.health().forEach(f -> System.out.println("health: [" + f.level() + "] " + f.sentence()));
    }

    @Test
    @Order(3)
    void aJitsiUpgradeThroughOwnMeetKeepsEverySetting(DebianTarget target, JitsiStandInRepository jitsi) {
        Profile next = profile(target, jitsi, JitsiShape.NEXT);
        EngineRun.apply(target, dir, next, ApplyOptions.defaults());
        target.root("apt-get -q update >/dev/null").timeout(Duration.ofMinutes(2)).run(); // as the daily refresh does
        Plan plan = EngineRun.plan(target, dir, next, ApplyOptions.defaults());
        String offered = plan.steps().stream().flatMap(s -> s.warnings().stream()).filter(w -> w.code().equals("jitsi-upgrade.available"))
                .findFirst().orElseThrow().english();
        assertTrue(offered.contains("jitsi-meet-web-config 1.0.9142-1 → 1.0.9205-1"), offered);
        assertTrue(offered.contains("jicofo 1.0-1178-1 → 1.0-1190-1"), offered);
        assertTrue(plan.isEmpty(), "only named; nothing changes without asking");

        ApplyResult upgraded = EngineRun.apply(target, dir, next, ApplyOptions.defaults().withJitsiUpgrade(true));
        assertEquals("jitsi-upgrade", upgraded.made().get(0).id());
        assertEquals("1.0.9205-1", upgraded.versions().get("jitsi-meet-web-config"));
        String configJs = target.root("cat /etc/jitsi/meet/" + target.domain() + "-config.js").run().output();
        assertTrue(configJs.contains("config.lobby = { enableChat: true }; // added by 1.0.9205-1"), "the upgrade changed config.js");
        assertTrue(configJs.contains("config.hosts.anonymousdomain = 'guest."), "and OwnMeet's settings are in it");
        assertTrue(EngineRun.plan(target, dir, next, ApplyOptions.defaults()).isEmpty());
        VerificationReport report = verify(target, next);
        assertTrue(report.allPassed(), report.toString());
    }

    private static VerificationReport verify(DebianTarget target, Profile profile) {
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir.resolve("verify-" + System.nanoTime()), e -> { })) {
            return StandardInstallers.verification().verify(session, profile);
        }
    }

    private static List<HealthFinding> health(DebianTarget target, Profile profile) {
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir.resolve("health-" + System.nanoTime()), e -> { })) {
            return ServerHealth.read(session, profile);
        }
    }

    private static HealthFinding finding(VerificationReport report, String prefix) {
        return report.health().stream().filter(f -> f.code().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static String installedVersion(DebianTarget target) {
        return target.root("dpkg-query -W -f='${Version}' " + CANARY).run().output().strip();
    }

    private static String upkeepFiles(DebianTarget target) {
        return target.root("sha256sum " + String.join(" ", List.of(AutomaticUpdates.SETTINGS, AutomaticUpdates.SCHEDULE,
                ServiceRestarts.SETTINGS, PendingSince.HOOK)) + "; stat -c '%n %Y' " + AutomaticUpdates.SETTINGS).run().output();
    }

    private static String line(String output, String start) {
        return output.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(output)).strip();
    }
}
