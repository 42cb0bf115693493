package org.ownmeet.steps.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.documents.DocumentFormat;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.documents.DocumentsViewModel.Outcome;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.summary.ServerRecords;
import org.ownmeet.steps.work.EngineWork;

class DocumentsViewModelTest {
    static final GdprExport ON_A_FIXED_DAY = new GdprExport(Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path temp;
    private final List<String> opened = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private Optional<Path> answer = Optional.empty();
    private final FolderChooser chooser = (title, start) -> {
        asked.add(title + " @ " + start);
        return answer;
    };

    /** A school's profile as validation lets it through: the organisation's name is asked for on the organisation step. */
    static Profile school(String language) {
        return ServerRecords.school().withLanguage(language).withOrganisation(new Profile.Organisation("Gymnasium am See",
                "Seestraße 1\n12345 Musterstadt", "office@school.example", null));
    }

    static WizardSession installed(String language, boolean verified) {
        WizardSession session = StepTests.session(school(language));
        session.reportProperty().set(verified ? Reports.allPassed() : null);
        return session;
    }

    private DocumentsViewModel exportFor(WizardSession session) {
        return new DocumentsViewModel(new InstalledSource(session), EngineWork.direct(), StepTests.english(), ON_A_FIXED_DAY, chooser,
                temp, opened::add);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void bothDocumentsAreWrittenInTheProfilesLanguageAndTheMessageNamesThem() throws IOException {
        DocumentsViewModel export = exportFor(installed("de", true));
        assertEquals("de", export.languageProperty().get());
        export.formatProperty(DocumentFormat.MARKDOWN).set(true);

        export.export();

        assertEquals(List.of("privacy-notice-de.md", "privacy-notice-de.pdf", "record-of-processing-de.md", "record-of-processing-de.pdf"),
                namesIn(temp));
        assertTrue(read(temp.resolve("privacy-notice-de.md")).contains("Videokonferenzen unter meet.school.example"));
        assertTrue(read(temp.resolve("record-of-processing-de.md")).contains("alle 3 Prüfungen bestanden"),
                "the install's verification is stated");
        assertTrue(Files.readAllBytes(temp.resolve("privacy-notice-de.pdf")).length > 1000);
        assertEquals(Outcome.SAVED, export.outcomeProperty().get());
        assertEquals("Saved in " + temp + ": privacy-notice-de.pdf, record-of-processing-de.pdf, privacy-notice-de.md, "
                + "record-of-processing-de.md.", export.messageProperty().get());
        assertFalse(export.busyProperty().get());
        export.openFolder();
        assertEquals(List.of(temp.toUri().toString()), opened);
    }

    @Test
    void aChosenLanguageAndFormatsAndFolderAreUsed() throws IOException {
        DocumentsViewModel export = exportFor(installed("en", true));
        Path chosen = temp.resolve("gdpr file");
        answer = Optional.of(chosen);
        export.chooseFolder();
        assertEquals(List.of("Where should OwnMeet save the documents? @ " + temp), asked);
        export.chooseLanguage("it");
        export.formatProperty(DocumentFormat.PDF).set(false);
        export.formatProperty(DocumentFormat.HTML).set(true);
        export.formatProperty(DocumentFormat.JSON).set(true);
        export.onShown(); // the profile's language no longer decides

        export.export();

        assertEquals(List.of("gdpr-facts-it.json", "privacy-notice-it.html", "record-of-processing-it.html"), namesIn(chosen));
        assertTrue(read(chosen.resolve("privacy-notice-it.html")).contains("Videoconferenze su meet.school.example"));
        assertTrue(read(chosen.resolve("gdpr-facts-it.json")).contains("\"language\" : \"it\""));
        assertTrue(export.messageProperty().get().startsWith("Saved in " + chosen + ": "));
    }

    @Test
    void aCancelledFolderDialogKeepsTheFolderAndNoFormatMeansNoSaving() {
        DocumentsViewModel export = exportFor(installed("en", true));
        export.chooseFolder();
        assertEquals(temp, export.folderProperty().get());
        assertTrue(export.canExportProperty().get());
        export.formatProperty(DocumentFormat.PDF).set(false);
        assertFalse(export.canExportProperty().get());
        export.export();
        assertEquals(Outcome.NONE, export.outcomeProperty().get());
    }

    @Test
    void documentsMadeWithoutAVerificationSaySo() throws IOException {
        DocumentsViewModel export = exportFor(installed("en", false));
        export.formatProperty(DocumentFormat.PDF).set(false);
        export.formatProperty(DocumentFormat.MARKDOWN).set(true);
        export.export();
        assertTrue(read(temp.resolve("record-of-processing-en.md")).contains("Not verified: this record was made before the server passed"));
        assertTrue(export.messageProperty().get().endsWith("The server had not been checked, so the documents say so."));
    }

    @Test
    void aFolderThatIsAFileGetsAPlainMessage() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        DocumentsViewModel export = exportFor(installed("en", true));
        export.folderProperty().set(file);
        export.export();
        assertEquals(Outcome.FAILED, export.outcomeProperty().get());
        assertEquals(file + " is not a folder. Choose another one.", export.messageProperty().get());
        assertNull(export.writtenProperty().get());
        assertFalse(export.busyProperty().get());
    }

    @Test
    void theMessagesAreInTheWizardsLanguage() throws IOException {
        Path file = Files.writeString(temp.resolve("datei"), "x");
        DocumentsViewModel export = new DocumentsViewModel(new InstalledSource(installed("en", true)), EngineWork.direct(),
                Texts.forLocale(Locale.GERMAN), ON_A_FIXED_DAY, chooser, file, opened::add);
        export.export();
        assertEquals(file + " ist kein Ordner. Wählen Sie einen anderen.", export.messageProperty().get());
    }
}
