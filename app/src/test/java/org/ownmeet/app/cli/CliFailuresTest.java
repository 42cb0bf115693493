package org.ownmeet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.profile.ProfileFile;

/** The command line's main entry meeting a failure nobody planned for: a sentence and a status on the terminal, details in the log. */
class CliFailuresTest {

    @Test
    void aBrokenKnownHostsFileIsASentenceAndAStatusNotAStackTrace(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("profile.json");
        ProfileFile.write(profile, InitCommandTest.valid());
        Path knownHosts = Files.createDirectories(dir.resolve("known_hosts")); // a folder where the file should be
        Path state = dir.resolve("state");

        CliProcess.Separated result = CliProcess.separated(Map.of("OWNMEET_PASSWORD", "irrelevant", "XDG_STATE_HOME", state.toString()),
                "plan", profile.toString(), "--password-env", "OWNMEET_PASSWORD", "--known-hosts", knownHosts.toString());

        assertEquals(ExitCodes.LOCAL_FILE, result.exitCode(), result.stdout() + result.stderr());
        assertTrue(result.stderr().startsWith("OwnMeet cannot use a file on this computer: cannot read " + knownHosts), result.stderr());
        assertTrue(result.stderr().contains("Details are in " + state.resolve("ownmeet").resolve("ownmeet.log")), result.stderr());
        assertFalse(result.stderr().contains("\tat ") || result.stderr().contains("Exception"), "no stack trace: " + result.stderr());
        String log = Files.readString(state.resolve("ownmeet").resolve("ownmeet.log"));
        assertTrue(log.contains("java.io.UncheckedIOException: cannot read " + knownHosts) && log.contains("at org.ownmeet."), log);
    }

    @Test
    void theHelpListsEveryExitStatus() {
        CliProcess.Result help = CliProcess.run(Map.of(), "--help");
        for (String status : new String[] {"6 the server is not ready", "7 a file on this computer", "8 an error OwnMeet did not expect",
            "130 stopped with Ctrl-C"}) {
            assertTrue(help.output().replaceAll(" +", " ").contains(status), status + " in " + help.output());
        }
    }

}
