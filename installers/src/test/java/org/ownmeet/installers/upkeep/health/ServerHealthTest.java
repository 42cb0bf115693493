package org.ownmeet.installers.upkeep.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.installers.verify.HealthFinding;
import org.ownmeet.installers.verify.HealthFinding.Level;

class ServerHealthTest {
    private static final long NOW = 1_790_000_000L;

    private static List<HealthFinding> judge(String answer) {
        return ServerHealth.judge(HealthFacts.parse("now " + NOW + "\n" + answer), ProfileSamples.school());
    }

    @Test
    void aHealthyServerIsSaidInPlainSentences() {
        List<HealthFinding> findings = judge("""
                pending-all 0
                pending-security 0
                reboot-required no
                disk-free-kb 20971520
                disk-total-kb 41943040
                memory-available-kb 3145728
                memory-total-kb 4194304
                certificate-end %d
                last-upgrade %d
                service nginx active
                service prosody active
                """.formatted(NOW + 60 * 86_400, NOW - 5 * 3600));
        assertEquals(List.of("No updates are waiting.", "The automatic updates last finished without error 5 hour(s) ago.",
                "No restart is needed.", "20.0 GB of 40.0 GB free on the system disk (50 %).",
                "3072 MB of 4096 MB memory available (75 %).", "The web certificate is valid for 60 more day(s).",
                "All meeting services are running: nginx, prosody."), findings.stream().map(HealthFinding::sentence).toList());
        assertEquals(List.of(Level.OK), findings.stream().map(HealthFinding::level).distinct().toList());
    }

    @Test
    void whatNeedsAttentionHasItsLevel() {
        List<HealthFinding> findings = judge("""
                pending-all 3
                pending-security 2
                pending-security-since %d
                reboot-required yes
                disk-free-kb 524288
                disk-total-kb 41943040
                memory-available-kb 100000
                memory-total-kb 4194304
                certificate-end %d
                last-upgrade %d
                service nginx active
                service jicofo failed
                """.formatted(NOW - 9 * 86_400 - 600, NOW + 10 * 86_400, NOW - 4 * 86_400));
        assertEquals("2 security update(s) and 1 other update(s) are waiting; the oldest security update has been offered for "
                + "9 day(s).", findings.get(0).sentence());
        assertEquals(List.of("2", "1", "9"), findings.get(0).arguments());
        assertEquals("The automatic updates last finished without error 4 days ago.", findings.get(1).sentence());
        assertEquals(List.of(Level.WARNING, Level.WARNING, Level.WARNING, Level.PROBLEM, Level.PROBLEM, Level.WARNING,
                Level.PROBLEM), findings.stream().map(HealthFinding::level).toList());
        assertEquals(List.of("updates.pending", "last-run.days", "reboot.required", "disk.problem", "memory.problem",
                "certificate.warning", "services.down"), findings.stream().map(HealthFinding::code).toList());
        assertEquals("Not running: jicofo. Meetings may not work; run OwnMeet again or restart the server.",
                findings.get(6).sentence());
    }

    @Test
    void noRunYetAndNoCertificateAreSaid() {
        List<HealthFinding> findings = judge("pending-all 0\npending-security 0\n");
        assertEquals("The automatic updates have not finished a run yet.", findings.get(1).sentence());
        assertEquals(Level.WARNING, findings.get(1).level());
        assertEquals("certificate.unreadable", findings.get(5).code());
    }

    @Test
    void theOldestSecurityUpdatesAgeSetsTheLevel() {
        assertEquals(List.of("less than a day|OK", "6 day(s)|OK", "7 day(s)|WARNING", "30 day(s)|PROBLEM"),
                List.of(0, 6, 7, 30).stream().map(days -> judge("pending-all 1\npending-security 1\npending-security-since "
                        + (NOW - days * 86_400L - 60) + "\n").get(0)).map(f -> f.sentence().replaceAll(".* offered for ", "")
                        .replace(".", "") + "|" + f.level()).toList());
        HealthFinding unknown = judge("pending-all 3\npending-security 1\n").get(0);
        assertEquals("updates.pending.age-unknown", unknown.code());
        assertEquals(Level.WARNING, unknown.level());
        HealthFinding other = judge("pending-all 2\npending-security 0\n").get(0);
        assertEquals("2 update(s) are waiting, none of them a security update.", other.sentence());
    }

    @Test
    void everyCodeAFindingCanHaveIsListed() {
        assertEquals(new java.util.TreeSet<>(ServerHealth.CODES), new java.util.TreeSet<>(HealthSamples.byCode().keySet()));
    }
}
