package org.ownmeet.steps.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.documents.PreviewViewModel.State;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

class PreviewViewModelTest {
    private final List<Runnable> background = new ArrayList<>();
    private final WizardSession session = DocumentsViewModelTest.installed("en", true);
    private int captured;
    private final DocumentSource counting = new DocumentSource() {
        private final InstalledSource installed = new InstalledSource(session);

        @Override
        public Callable<AppliedState> capture() {
            captured++;
            return installed.capture();
        }

        @Override
        public String profileLanguage() {
            return installed.profileLanguage();
        }
    };
    /** Work waits until the test runs it, as on the background thread. */
    private final DocumentsViewModel export = new DocumentsViewModel(counting, new EngineWork(background::add, Runnable::run),
            StepTests.english(), DocumentsViewModelTest.ON_A_FIXED_DAY, (title, start) -> Optional.empty(), Path.of("."), link -> {
            });

    private void runBackground() {
        List<Runnable> waiting = List.copyOf(background);
        background.clear();
        waiting.forEach(Runnable::run);
    }

    @Test
    void nothingIsMadeUntilThePreviewIsOpened() {
        PreviewViewModel preview = export.preview();
        export.chooseLanguage("de");
        assertEquals(0, captured);
        assertEquals(State.CLOSED, preview.stateProperty().get());

        preview.open();
        assertEquals(State.LOADING, preview.stateProperty().get());
        assertEquals("Making the preview…", preview.textProperty().get());
        runBackground();
        assertEquals(State.SHOWN, preview.stateProperty().get());
        assertTrue(preview.textProperty().get().contains("\n# Videokonferenzen unter meet.school.example"), preview.textProperty().get());

        preview.open();
        assertEquals(1, captured, "opened again in the same language: the same text");
    }

    @Test
    void anotherLanguageWhileOpenMakesItAnewAndOnlyTheNewestIsShown() {
        PreviewViewModel preview = export.preview();
        preview.open();
        export.chooseLanguage("it");
        runBackground();
        assertEquals(2, captured);
        assertTrue(preview.textProperty().get().contains("\n# Videoconferenze su meet.school.example"), preview.textProperty().get());
    }
}
