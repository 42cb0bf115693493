package org.ownmeet.installers.profile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileSamples;

class SavedProfilesTest {
    private static final Path HOME = Path.of("/home/anna");
    @TempDir
    Path dir;

    @Test
    void aSavedProfileIsReadBackAsItWasForItsServerOnly() throws Exception {
        SavedProfiles store = new SavedProfiles(dir);
        Profile school = ProfileSamples.school();
        Path file = store.save(school);
        assertEquals(dir.resolve("servers/203.0.113.5-22.json"), file);
        assertEquals(school, store.find("203.0.113.5", 22).orElseThrow());
        assertTrue(store.find("203.0.113.5", 2222).isEmpty());
        assertTrue(store.find("203.0.113.6", 22).isEmpty());
        // one file per server: saving again replaces it, and leaves no temporary file behind
        store.save(school.withMeetingSize(Profile.MeetingSize.UP_TO_10));
        try (Stream<Path> files = Files.list(dir.resolve("servers"))) {
            assertEquals(List.of(file), files.toList());
        }
        assertEquals(Profile.MeetingSize.UP_TO_10, store.find("203.0.113.5", 22).orElseThrow().meetingSize());
    }

    @Test
    void recentServersComeNewestFirstAndADamagedFileIsPassedOver() throws Exception {
        SavedProfiles store = new SavedProfiles(dir);
        Path older = store.save(ProfileSamples.school());
        Path newer = store.save(ProfileSamples.school().withServer(new Profile.Server("Meet.Example.org", 2222, "admin")));
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-01-01T10:00:00Z")));
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2026-03-01T10:00:00Z")));
        Files.writeString(dir.resolve("servers/broken-22.json"), "{ not a profile", StandardCharsets.UTF_8);

        List<SavedProfiles.Saved> recent = store.recent();
        assertEquals(List.of("Meet.Example.org", "203.0.113.5"), recent.stream().map(s -> s.profile().server().host()).toList());
        assertEquals(Instant.parse("2026-03-01T10:00:00Z"), recent.get(0).savedAt());
        assertEquals(dir.resolve("servers/meet.example.org-2222.json"), newer);
    }

    @Test
    void anAddressWithCharactersNoFileNameMayHoldIsEncoded() {
        SavedProfiles store = new SavedProfiles(dir);
        assertEquals("2001_3adb8_3a_3a7-22.json", store.fileFor("2001:db8::7", 22).getFileName().toString());
        assertEquals("..-22.json", store.fileFor("..", 22).getFileName().toString());
        assertEquals("_2fetc_2fpasswd-22.json", store.fileFor("/etc/passwd", 22).getFileName().toString());
    }

    @Test
    void aProfileWithoutAServerAddressIsNotSaved() {
        assertThrows(IllegalArgumentException.class, () -> new SavedProfiles(dir).save(Profile.newProfile()));
    }

    @Test
    void theFolderIsTheSystemsOwnPlaceForSettings() {
        assertEquals(Path.of("/home/anna/.config/ownmeet"), SavedProfiles.folderFor("Linux", Map.of(), HOME));
        assertEquals(Path.of("/srv/conf/ownmeet"), SavedProfiles.folderFor("Linux", Map.of("XDG_CONFIG_HOME", "/srv/conf"), HOME));
        assertEquals(Path.of("/home/anna/.config/ownmeet"), SavedProfiles.folderFor("Linux", Map.of("XDG_CONFIG_HOME", "rel"), HOME),
                "a relative XDG_CONFIG_HOME is ignored, as the specification says");
        assertEquals(Path.of("/home/anna/Library/Application Support/OwnMeet"), SavedProfiles.folderFor("Mac OS X", Map.of(), HOME));
        assertEquals(Path.of("/data/Roaming", "OwnMeet"), SavedProfiles.folderFor("Windows 11", Map.of("APPDATA", "/data/Roaming"), HOME));
    }
}
