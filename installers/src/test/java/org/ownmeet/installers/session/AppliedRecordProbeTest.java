package org.ownmeet.installers.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFile;
import org.ownmeet.installers.profile.ProfileSamples;

class AppliedRecordProbeTest {
    private static final Profile SCHOOL = ProfileSamples.school();
    private static final String ACCOUNTS = """
            meet%2eschule%2dam%2dsee%2ede/accounts/anna.dat
            meet%2eschule%2dam%2dsee%2ede/accounts/m%2ebecker.dat
            auth%2emeet%2eschule%2dam%2dsee%2ede/accounts/focus.dat
            """;
    private static final String JOURNAL = """
            {"time":"2026-03-01T10:00:00Z","changes":{"packages":["Install Jitsi Meet"],"host-accounts":["Create a","Create b"]},"restarted":["prosody"],"versions":{"jitsi-meet":"2.0.9909-1"}}
            {"time":"2026-03-02T1
            {"time":"2026-04-01T08:30:00Z","changes":{"logging":["Keep logs 14 days"]},"restarted":[],"versions":{"jitsi-meet":"2.0.10008-1","prosody":"0.12.3-1"}}
            """;

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static AppliedRecord parse(String profile, String journal, String accounts, String jitsi, String versions) {
        return AppliedRecordProbe.parse(("OWNMEET-PART profile\n" + profile + "\nOWNMEET-PART journal\n" + journal
                + "\nOWNMEET-PART accounts\n" + accounts + "OWNMEET-PART jitsi\n" + jitsi + "OWNMEET-PART versions\n" + versions)
                .lines().toList());
    }

    @Test
    void aServerOwnMeetSetUpGivesItsProfileItsRunsAndItsHosts() {
        AppliedRecord record = parse(base64(ProfileFile.toJson(SCHOOL)), base64(JOURNAL), ACCOUNTS, "meet.schule-am-see.de\n",
                "jitsi-meet 2.0.10008-1 installed\nnginx 1.22.1-9 installed\ncoturn 4.6.1-1 config-files\n");
        assertTrue(record.byOwnMeet());
        assertFalse(record.jitsiWithoutOwnMeet());
        assertEquals(SCHOOL, record.profile());
        assertNull(record.unreadable());
        assertEquals(List.of("anna", "m.becker"), record.hostAccounts(), "only the meeting domain's accounts, decoded");
        assertEquals(2, record.runs().size(), "the line cut off is skipped");
        AppliedRecord.Run last = record.lastRun();
        assertEquals(Instant.parse("2026-04-01T08:30:00Z"), last.time());
        assertEquals(Map.of("logging", List.of("Keep logs 14 days")), last.changes());
        assertEquals("2.0.10008-1", last.versions().get("jitsi-meet"));
        assertEquals(3, record.runs().get(0).changeCount());
        assertEquals(Map.of("jitsi-meet", "2.0.10008-1", "nginx", "1.22.1-9"), record.installedVersions());
    }

    @Test
    void jitsiInstalledByHandIsRecognisedWithItsDomainAndAccounts() {
        AppliedRecord record = parse("", "", ACCOUNTS, "meet.schule-am-see.de\n", "jitsi-meet 2.0.10008-1 installed\n");
        assertFalse(record.byOwnMeet());
        assertTrue(record.jitsiWithoutOwnMeet());
        assertEquals("meet.schule-am-see.de", record.jitsiDomain());
        assertEquals(List.of("anna", "m.becker"), record.hostAccounts());
        assertTrue(record.runs().isEmpty());
        assertNull(record.lastRun());
    }

    @Test
    void aDamagedRecordIsSaidNotThrown() {
        AppliedRecord record = parse(base64("{\"schemaVersion\": 1, \"domain\": "), "", "", "", "");
        assertFalse(record.byOwnMeet());
        assertFalse(record.jitsiWithoutOwnMeet());
        assertTrue(record.unreadable() != null && !record.unreadable().isBlank());
    }

    @Test
    void aFreshServerHoldsNothing() {
        AppliedRecord record = parse("", "", "", "", "");
        assertFalse(record.byOwnMeet());
        assertFalse(record.jitsiWithoutOwnMeet());
        assertEquals(List.of(), record.hostAccounts());
        assertTrue(record.installedVersions().isEmpty());
    }
}
