package org.ownmeet.steps.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

/** The export as the wizard's pages use it: after an install (Done), or from what the server holds (manage mode's summary). */
public final class DocumentExports {
    private DocumentExports() {
    }

    /** Done: the profile just applied and the install's own verification. */
    public static DocumentsViewModel afterInstall(WizardSession session, EngineWork work, Texts texts, Consumer<String> linkOpener) {
        return new DocumentsViewModel(new InstalledSource(session), work, texts, GdprExport.today(), new DialogFolderChooser(),
                startFolder(), linkOpener);
    }

    /** Manage mode: the profile recorded on the server, verified before the first document is made. */
    public static DocumentsViewModel onServer(WizardSession session, EngineWork work, Texts texts, Consumer<String> linkOpener) {
        DocumentsViewModel documents = new DocumentsViewModel(new ServerSource(session), work, texts, GdprExport.today(),
                new DialogFolderChooser(), startFolder(), linkOpener);
        // the record arrives after the page shows; its profile's language is the documents' default
        session.recordProperty().addListener((property, before, now) -> documents.onShown());
        return documents;
    }

    /** The user's documents folder where there is one, else their home folder. */
    static Path startFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
