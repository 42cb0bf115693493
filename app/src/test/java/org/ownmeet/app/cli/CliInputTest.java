package org.ownmeet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFile;

/** What the command line does before it goes anywhere near a server. */
class CliInputTest {

    @Test
    void helpListsTheCommandsAndTheExitStatus() {
        CliProcess.Result help = CliProcess.run(Map.of(), "--help");
        assertEquals(0, help.exitCode());
        for (String word : new String[] {"plan", "apply", "verify", "Exit status", "the server's key is not confirmed"}) {
            assertTrue(help.output().contains(word), help.output());
        }
    }

    @Test
    void aMissingOrBrokenProfileIsBadInput(@TempDir Path dir) throws Exception {
        assertEquals(ExitCodes.BAD_INPUT, CliProcess.run(Map.of(), "plan").exitCode());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{ \"schemaVersion\": 1, ");
        CliProcess.Result result = CliProcess.run(Map.of(), "plan", broken.toString());
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), result.output());
        assertTrue(result.output().contains("The profile cannot be used"), result.output());
    }

    @Test
    void fieldsToCorrectAreListedAndNothingIsSent(@TempDir Path dir) throws Exception {
        Profile draft = Profile.newProfile();
        Profile wrong = draft.with(b -> b.server(new Profile.Server("192.0.2.250", 22, "debian"))
                .domain("https://meet.example.org/").adminEmail("admin@school.example")
                .organisation(new Profile.Organisation("School", "Street 1", "office@school.example", null)));
        Path file = dir.resolve("wrong.json");
        ProfileFile.write(file, wrong);
        CliProcess.Result result = CliProcess.run(Map.of("OWNMEET_PASSWORD", "irrelevant"), "apply", file.toString(),
                "--password-env", "OWNMEET_PASSWORD");
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), result.output());
        assertTrue(result.output().contains("nothing was sent to the server"), result.output());
        assertTrue(result.output().contains("Domain"), result.output());
    }

    @Test
    void aSecretIsNeverAnOptionValue() {
        CliProcess.Result result = CliProcess.run(Map.of(), "plan", "p.json", "--password", "hunter2");
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode());
        assertTrue(result.output().contains("Unknown option"), result.output());
        assertTrue(result.output().contains("Passwords are never given as options"), result.output());
    }
}
