package org.ownmeet.installers.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.DataProtection.ControllerType;

class DocumentPreviewTest {
    @Test
    void writes() throws Exception {
        Path dir = Path.of("target/document-preview");
        Files.createDirectories(dir);
        for (String language : DocumentTexts.LANGUAGES) {
            DocumentFacts facts = DocumentFactsBuilder.of(DocumentSamples.profile(ControllerType.PUBLIC_BODY, language),
                    DocumentSamples.verified(), language, LocalDate.of(2026, 12, 3), false);
            for (DocumentKind kind : DocumentKind.values()) {
                for (DocumentFormat format : DocumentFormat.values()) {
                    Files.write(dir.resolve(Documents.fileName(kind, format, language)), Documents.render(kind, format, facts));
                }
            }
        }
    }
}
