package org.ownmeet.steps.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.documents.DocumentFormat;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.summary.ServerRecords;
import org.ownmeet.steps.work.EngineWork;

/** Manage mode: the documents describe the profile recorded on the server, verified once before the first one is made. */
class ServerSourceTest {
    @TempDir
    Path temp;
    private final List<Profile> verified = new ArrayList<>();
    private final WizardSession session = StepTests.session();
    private VerificationReport result = Reports.firewallFailed();
    private final Function<Profile, VerificationReport> server = profile -> {
        verified.add(profile);
        return result;
    };

    private DocumentsViewModel export() {
        DocumentsViewModel export = new DocumentsViewModel(new ServerSource(session, () -> server), EngineWork.direct(),
                StepTests.english(), DocumentsViewModelTest.ON_A_FIXED_DAY, (title, start) -> Optional.empty(), temp, link -> {
                });
        export.formatProperty(DocumentFormat.PDF).set(false);
        export.formatProperty(DocumentFormat.MARKDOWN).set(true);
        return export;
    }

    @Test
    void theServersProfileIsVerifiedOnceAndDescribedNotTheDraft() throws IOException {
        Profile onServer = DocumentsViewModelTest.school("de");
        session.recordProperty().set(ServerRecords.byOwnMeet(onServer));
        session.replaceDraft(onServer.withDomain("edited.school.example"));
        DocumentsViewModel export = export();
        export.onShown();
        assertEquals("de", export.languageProperty().get());

        export.export();
        export.chooseLanguage("en");
        export.export();

        assertEquals(List.of(onServer), verified, "one verification for both exports");
        String record = Files.readString(temp.resolve("record-of-processing-en.md"));
        assertTrue(record.contains("meet.school.example"));
        assertFalse(record.contains("edited.school.example"));
        assertTrue(record.contains("found problems"), "the failed check is stated");
        assertTrue(Files.exists(temp.resolve("record-of-processing-de.md")));
        assertTrue(export.messageProperty().get().endsWith("Some checks failed: the record names them and marks the measures concerned"
                + " as not verified."));
    }

    @Test
    void aNewRecordIsVerifiedAnew() {
        session.recordProperty().set(ServerRecords.byOwnMeet(DocumentsViewModelTest.school("en")));
        DocumentsViewModel export = export();
        export.export();
        result = Reports.allPassed();
        session.recordProperty().set(ServerRecords.byOwnMeet(DocumentsViewModelTest.school("en")));
        export.export();
        assertEquals(2, verified.size());
        assertEquals(DocumentsViewModel.Outcome.SAVED, export.outcomeProperty().get(), export.messageProperty().get());
        assertFalse(export.messageProperty().get().contains("Some checks failed"));
    }
}
