package org.ownmeet.installers.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.DataProtection.ControllerType;

/**
 * The folder of the GDPR file: both documents in each format and the facts once, nothing else left
 * behind. It writes the school's English file to {@code target/gdpr-file}, from which the README's
 * pictures of the first pages are made.
 */
class GdprFileTest {
    @Test
    void writesBothDocumentsInEveryFormatAndTheFactsOnce() throws Exception {
        Path folder = Path.of("target", "gdpr-file");
        DocumentFacts facts = DocumentRendering.facts(DocumentSamples.profile(ControllerType.PUBLIC_BODY, "en"), "en");
        List<Path> written = GdprFile.write(folder, facts, EnumSet.allOf(DocumentFormat.class));
        assertEquals(List.of("privacy-notice-en.pdf", "record-of-processing-en.pdf", "privacy-notice-en.html",
                "record-of-processing-en.html", "privacy-notice-en.md", "record-of-processing-en.md", "gdpr-facts-en.json"),
                written.stream().map(path -> path.getFileName().toString()).toList());
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".tmp")), "no half-written file left");
        }
        assertTrue(new String(Files.readAllBytes(written.get(0)), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
    }
}
