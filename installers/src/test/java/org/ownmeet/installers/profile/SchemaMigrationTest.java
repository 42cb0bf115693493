package org.ownmeet.installers.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A profile OwnMeet wrote before the data protection questions (version 1) is read as version 2. */
class SchemaMigrationTest {
    @Test
    void aVersionOneFileIsReadWithNoAnswersYetAndLocalRecordingOff() throws Exception {
        Profile unanswered = ProfileSamples.school().withOrganisation(ProfileSamples.school().organisation().withDataProtection(null));
        String current = ProfileFile.toJson(unanswered);
        String versionOne = current.replace("\"schemaVersion\": 2", "\"schemaVersion\": 1")
                .replace(",\n    \"dataProtection\": null", "").replace(",\n    \"localRecording\": false", "");
        assertFalse(versionOne.contains("\"dataProtection\"") || versionOne.contains("localRecording"), versionOne);
        Profile read = ProfileFile.fromJson(versionOne);
        assertEquals(2, read.schemaVersion());
        assertNull(read.organisation().dataProtection());
        assertFalse(read.options().localRecording());
        assertEquals(unanswered, read);
    }

    @Test
    void aVersionTwoFileMustHaveItsNewFields() {
        String withoutRecording = ProfileFile.toJson(ProfileSamples.school()).replace(",\n    \"localRecording\": false", "");
        ProfileFileException problem = assertThrows(ProfileFileException.class, () -> ProfileFile.fromJson(withoutRecording));
        assertTrue(problem.userMessage().contains("the local recording option"), problem.userMessage());
    }

    @Test
    void aVersionTwoFileWrittenBeforeTheFirefoxOptionReadsItAsOff() throws Exception {
        Profile keptOut = ProfileSamples.school().withOptions(ProfileSamples.school().options().withExcludeFirefox(true));
        assertEquals(keptOut, ProfileFile.fromJson(ProfileFile.toJson(keptOut)));
        String older = ProfileFile.toJson(ProfileSamples.school()).replace(",\n    \"excludeFirefox\": false", "");
        assertFalse(older.contains("excludeFirefox"), older);
        assertEquals(ProfileSamples.school(), ProfileFile.fromJson(older));
    }

    @Test
    void theAnswersSurviveASaveAndARead() throws Exception {
        Profile answered = ProfileSamples.school().withOrganisation(ProfileSamples.school().organisation().withDataProtection(
                new DataProtection(DataProtection.ControllerType.COMPANY, DataProtection.LegalBasis.CONTRACT,
                        DataProtection.LegalBasis.LEGITIMATE_INTERESTS, DataProtection.LegalBasis.CONTRACT, null, false, null,
                        new DataProtection.SupervisoryAuthority("Authority", null), new DataProtection.Hosting(true, null, null, "DE",
                        false), null, java.util.List.of(DataProtection.ParticipantGroup.STAFF))));
        assertEquals(answered, ProfileFile.fromJson(ProfileFile.toJson(answered)));
    }
}
