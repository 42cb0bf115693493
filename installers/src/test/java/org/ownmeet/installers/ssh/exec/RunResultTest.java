package org.ownmeet.installers.ssh.exec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.ssh.problem.CommandFailedProblem;

/** A quiet script's stdout is data (files read, a key fetched): a failure says its stderr, never that data. */
class RunResultTest {
    private static final List<String> DATA = List.of("OWNMEET-FILE 0 600 root root", "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t");

    @Test
    void aFailedQuietScriptNeverQuotesItsStdout() {
        RunResult quiet = new RunResult("server", "read 1 file(s)", 1, DATA, List.of(), Duration.ZERO, true);
        CommandFailedProblem failed = assertThrows(CommandFailedProblem.class, quiet::requireSuccess);
        for (String text : List.of(failed.getMessage(), failed.userMessage(), failed.detail())) {
            assertFalse(text.contains("LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t"), text);
        }
    }

    @Test
    void aFailedShownScriptStillSaysWhatItPrinted() {
        RunResult shown = new RunResult("server", "install", 1, List.of("E: Unable to locate package"), List.of(), Duration.ZERO);
        CommandFailedProblem failed = assertThrows(CommandFailedProblem.class, shown::requireSuccess);
        assertTrue(failed.detail().contains("E: Unable to locate package"), failed.detail());
    }
}
