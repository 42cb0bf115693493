package org.ownmeet.installers.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A profile saved before the upkeep settings existed (version 1) stays usable, with their defaults. */
class ProfileUpgradeTest {

    /** The school's profile as OwnMeet wrote it at version 1: every field but the upkeep settings and the bridges. */
    private static String versionOne() {
        String json = ProfileFile.toJson(ProfileSamples.school()).replace("\"schemaVersion\": 2", "\"schemaVersion\": 1");
        return json.replaceFirst(",\n  \"upkeep\": \\{[^}]*}", "").replaceFirst(",\n  \"bridges\": \\[ ?]", "");
    }

    @Test
    void aVersionOneProfileGetsTheUpkeepDefaults() throws ProfileFileException {
        String old = versionOne();
        assertTrue(!old.contains("upkeep") && old.endsWith("}\n}\n"), old);
        Profile read = ProfileFile.fromJson(old);
        assertEquals(Profile.Upkeep.DEFAULTS, read.upkeep());
        assertEquals(ProfileSamples.school().domain(), read.domain());
        assertEquals(Profile.CURRENT_SCHEMA, read.schemaVersion(), "and the rest of version 2 by the schema migration");
    }

    @Test
    void aMistakeInAnOldProfileIsStillReportedAtItsLine() {
        String old = versionOne().replace("\"hots\"", "x").replace("\"host\"", "\"hots\"");
        ProfileFileException problem = assertThrows(ProfileFileException.class, () -> ProfileFile.fromJson(old));
        assertTrue(problem.userMessage().contains("\"hots\" in \"server\" (line 4)"), problem.userMessage());
    }

    @Test
    void aVersionTwoProfileMustHaveTheUpkeepSettings() {
        String withoutUpkeep = versionOne().replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");
        ProfileFileException problem = assertThrows(ProfileFileException.class, () -> ProfileFile.fromJson(withoutUpkeep));
        assertTrue(problem.userMessage().contains("the upkeep settings"), problem.userMessage());
    }

    @Test
    void theUpkeepSettingsGoThereAndBack() throws ProfileFileException {
        Profile chosen = ProfileSamples.school().withUpkeep(new Profile.Upkeep(true, "03:30", true));
        assertEquals(chosen, ProfileFile.fromJson(ProfileFile.toJson(chosen)));
    }
}
