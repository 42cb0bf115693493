package org.ownmeet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFile;

/** The videobridge servers of a profile, before the command line goes near a server. */
class CliBridgesInputTest {

    @Test
    void aBridgeOnTheMainServerIsBadInputAndNothingIsSent(@TempDir Path dir) throws Exception {
        Profile draft = Profile.newProfile();
        Profile profile = new Profile(draft.schemaVersion(), new Profile.Server("192.0.2.250", 22, "debian"), "meet.example.org",
                "admin@school.example", draft.hostAccounts(), draft.certificates(), draft.logging(), draft.meetingSize(),
                new Profile.Organisation("School", "Street 1", "office@school.example", null), "en", draft.options(),
                draft.packageSources()).withBridges(List.of(new Profile.Bridge("bridge2", "192.0.2.250", 22, "debian")));
        Path file = dir.resolve("bridges.json");
        ProfileFile.write(file, profile);
        CliProcess.Result result = CliProcess.run(Map.of("OWNMEET_PASSWORD", "irrelevant"), "plan", file.toString(),
                "--password-env", "OWNMEET_PASSWORD", "--accept-bridge-key", "bridge2=SHA256:abc");
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), result.output());
        assertTrue(result.output().contains("nothing was sent to the server"), result.output());
        assertTrue(result.output().contains("Server address: \"192.0.2.250\" is the main server; a videobridge needs a server of"
                + " its own"), result.output());
    }
}
