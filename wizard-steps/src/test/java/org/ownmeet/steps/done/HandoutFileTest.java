package org.ownmeet.steps.done;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.engine.ApplyContext.HostCredential;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;

/** A new host's handout, saved where the user chose and drawn for the printer, from the run's own values. */
class HandoutFileTest {
    @TempDir
    Path dir;

    private DoneViewModel finishedRun(String language, HostCredential host) {
        WizardSession session = StepTests.session(Profile.newProfile().withLanguage(language)
                .withOptions(new Profile.Options(false, true, true)));
        session.reportProperty().set(DoneFixtures.allPassed());
        session.appliedProperty().set(DoneFixtures.withHosts(host));
        return new DoneViewModel(session, StepTests.english());
    }

    @Test
    void theSavedHandoutHoldsTheAddressTheLoginAndThePasswordAndOnlyItsOwnerMayReadIt() throws Exception {
        HostCredential anna = DoneFixtures.host("anna", "Zr8-kT4q-Lm2x-Wp7v");
        DoneViewModel viewModel = finishedRun("de", anna);
        Path target = dir.resolve(HandoutFile.suggestedName(anna));

        HandoutFile.save(viewModel, anna, target);

        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("https://meet.example.org/"), text);
            assertTrue(text.contains("anna"), text);
            assertTrue(text.contains("Zr8-kT4q-Lm2x-Wp7v"), text);
            assertTrue(text.contains("Einmalpasswort"), "in the profile's language: " + text);
            assertTrue(text.contains("anna@meet.example.org"), "desktop apps allowed, so the XMPP login is given: " + text);
        }
        if (Files.getFileAttributeView(target, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no partial file left beside it");
        }
    }

    @Test
    void thePrintedPageIsTheSameHandoutDrawnForAnA4Printer() throws Exception {
        HostCredential anna = DoneFixtures.host("anna", "Zr8-kT4q-Lm2x-Wp7v");
        HandoutPage page = HandoutPage.draw(finishedRun("en", anna), anna);
        // A4 at 200 dots per inch
        assertEquals(1654, page.width(), 2);
        assertEquals(2339, page.height(), 2);
        page.wipe();
    }
}
