package org.ownmeet.installers.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.installers.profile.Profile.Certificates;

class ProfileFileTest {

    @Test
    void readsBackAnEqualProfile() throws Exception {
        Profile ownFiles = ProfileSamples.school().withCertificates(new Certificates(CertificateMode.OWN_FILES, null, "/etc/ssl/meet.crt", "/etc/ssl/meet.key"));
        for (Profile profile : List.of(ProfileSamples.school(), ownFiles, Profile.newProfile())) {
            assertEquals(profile, ProfileFile.fromJson(ProfileFile.toJson(profile)));
        }
    }

    @Test
    void writesPrettyJsonTheSameEachTime() {
        String json = ProfileFile.toJson(ProfileSamples.school());
        assertTrue(json.startsWith("{\n  \"schemaVersion\": 2,\n  \"server\": {\n    \"host\": \"203.0.113.5\",\n"), json);
        assertTrue(json.contains("\n  \"hostAccounts\": [\n    {\n      \"username\": \"anna\"\n    },"), json);
        assertTrue(json.endsWith("}\n"), json);
        assertEquals(json, ProfileFile.toJson(ProfileSamples.school()));
    }

    @Test
    void writesEveryFieldEvenWhenEmpty() {
        String json = ProfileFile.toJson(Profile.newProfile());
        assertTrue(json.contains("\"domain\": null"), json);
        assertTrue(json.contains("\"hostAccounts\": [ ]"), json);
    }

    @Test
    void savesAndReadsAFileLeavingNothingElseBehind(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("school.ownmeet.json");
        ProfileFile.write(file, Profile.newProfile());
        ProfileFile.write(file, ProfileSamples.school());
        assertEquals(ProfileSamples.school(), ProfileFile.read(file));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void readsAFileAWindowsEditorSavedWithAByteOrderMark(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("profile.json");
        Files.writeString(file, "\uFEFF" + ProfileFile.toJson(ProfileSamples.school()), StandardCharsets.UTF_8);
        assertEquals(ProfileSamples.school(), ProfileFile.read(file));
    }

    @Test
    void saysPlainlyWhenTheFileIsNotThere(@TempDir Path folder) {
        Path file = folder.resolve("nowhere.json");
        ProfileFileException problem = assertThrows(ProfileFileException.class, () -> ProfileFile.read(file));
        assertEquals("OwnMeet cannot find the profile file " + file + ".", problem.userMessage());
        assertTrue(problem.detail().contains("NoSuchFileException"), problem.detail());
    }

    @Test
    void saysPlainlyWhenTheFolderIsNotThere(@TempDir Path folder) {
        Path file = folder.resolve("missing-folder").resolve("profile.json");
        ProfileFileException problem = assertThrows(ProfileFileException.class,
                () -> ProfileFile.write(file, ProfileSamples.school()));
        assertEquals("OwnMeet could not save the profile to " + file + ". The folder does not exist.", problem.userMessage());
    }

    @Test
    void refusesAFileThatIsNotUtf8Text(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("profile.json");
        Files.write(file, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
        ProfileFileException problem = assertThrows(ProfileFileException.class, () -> ProfileFile.read(file));
        assertTrue(problem.userMessage().contains("is damaged: it is not text as OwnMeet writes it"), problem.userMessage());
    }

    @Test
    void refusesAFileFarTooLargeToBeAProfile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("film.json");
        Files.write(file, new byte[(int) ProfileFile.LARGEST_FILE + 1]);
        ProfileFileException problem = assertThrows(ProfileFileException.class, () -> ProfileFile.read(file));
        assertTrue(problem.userMessage().contains("too large to be an OwnMeet profile"), problem.userMessage());
    }
}
