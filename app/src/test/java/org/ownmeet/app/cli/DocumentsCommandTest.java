package org.ownmeet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code ownmeet documents}: its options, and wrong ones refused before anything connects. */
class DocumentsCommandTest {
    @Test
    void helpNamesTheDocumentsAndTheirOptions() {
        String usage = new picocli.CommandLine(new OwnMeetCli()).getSubcommands().get("documents").getUsageMessage();
        for (String word : new String[] {"privacy notice", "record of processing", "--language", "--format", "--out",
            "--account-names"}) {
            assertTrue(usage.contains(word), usage);
        }
        assertTrue(CliProcess.run(Map.of(), "--help").output().contains("documents"));
    }

    @Test
    void aFormatOrLanguageOwnMeetHasNotIsBadInputBeforeConnecting() {
        CliProcess.Result format = CliProcess.run(Map.of(), "documents", "missing.json", "--format", "docx");
        assertEquals(ExitCodes.BAD_INPUT, format.exitCode(), format.output());
        assertTrue(format.output().contains("--format from pdf, html, md and json"), format.output());
        CliProcess.Result language = CliProcess.run(Map.of(), "documents", "missing.json", "--language", "fr");
        assertEquals(ExitCodes.BAD_INPUT, language.exitCode(), language.output());
    }
}
