package org.ownmeet.steps.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.ownmeet.installers.documents.DocumentFormat;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.work.EngineWork;

/**
 * Exporting both GDPR documents: the language (the applied profile's unless chosen), the formats, the
 * folder; writing happens in the background and ends in one plain sentence naming the files, or why not.
 * The notice's preview is made only when asked for, in the background too.
 */
public final class DocumentsViewModel {
    public static final List<String> LANGUAGES = List.of("en", "de", "it");

    public enum Outcome { NONE, WORKING, SAVED, FAILED }

    private final DocumentSource source;
    private final EngineWork work;
    private final Texts texts;
    private final GdprExport export;
    private final FolderChooser chooser;
    private final Consumer<String> linkOpener;
    private final ObjectProperty<String> language = new SimpleObjectProperty<>(this, "language", "en");
    private final Map<DocumentFormat, BooleanProperty> formats = new EnumMap<>(DocumentFormat.class);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome", Outcome.NONE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>(this, "written");
    private final PreviewViewModel preview;
    private final BooleanBinding canExport;
    private boolean languageChosen;

    public DocumentsViewModel(DocumentSource source, EngineWork work, Texts texts, GdprExport export, FolderChooser chooser,
                              Path startFolder, Consumer<String> linkOpener) {
        this.source = source;
        this.work = work;
        this.texts = texts;
        this.export = export;
        this.chooser = chooser;
        this.linkOpener = linkOpener;
        for (DocumentFormat format : DocumentFormat.values()) {
            formats.put(format, new SimpleBooleanProperty(this, format.extension(), format == DocumentFormat.PDF));
        }
        folder.set(startFolder);
        preview = new PreviewViewModel(source, work, texts, export, language);
        List<Observable> inputs = new ArrayList<>(formats.values());
        inputs.add(folder);
        inputs.add(busy);
        canExport = Bindings.createBooleanBinding(() -> !busy.get() && folder.get() != null && !chosenFormats().isEmpty(),
                inputs.toArray(new Observable[0]));
        onShown();
    }

    /** The page shows: the documents' language follows the applied profile until the user picks one. */
    public void onShown() {
        String profiles = source.profileLanguage();
        if (!languageChosen && profiles != null && LANGUAGES.contains(profiles)) {
            language.set(profiles);
        }
    }

    /** The user picked a language (the profile's no longer decides it). */
    public void chooseLanguage(String code) {
        languageChosen = true;
        language.set(code);
    }

    public void chooseFolder() {
        chooser.choose(texts.get("documents.folder.chooser"), folder.get()).ifPresent(folder::set);
    }

    /** Writes both documents in each chosen format into the folder, in the background. */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        Path target = folder.get();
        String lang = language.get();
        List<DocumentFormat> chosen = chosenFormats();
        Callable<AppliedState> state = source.capture();
        busy.set(true);
        written.set(null);
        outcome.set(Outcome.WORKING);
        message.set(texts.get(source.verifiesFirst() ? "documents.verifying" : "documents.working"));
        work.task(() -> {
            AppliedState applied = state.call();
            return new Written(applied, export.write(applied, lang, chosen, target));
        }).onSuccess(done -> saved(target, done))
                .onProblem(problem -> failed(texts.format("documents.failed.server", texts.problem(problem))))
                .onUnexpected(failure -> failed(WriteFailure.sentence(texts, target, failure)))
                .andFinally(() -> busy.set(false))
                .start();
    }

    private record Written(AppliedState state, List<Path> files) {
    }

    private void saved(Path target, Written done) {
        String names = done.files().stream().map(file -> file.getFileName().toString()).collect(Collectors.joining(", "));
        VerificationReport report = done.state().evidence().verification();
        String note = report == null ? " " + texts.get("documents.saved.notVerified")
                : report.allPassed() ? "" : " " + texts.get("documents.saved.someFailed");
        message.set(texts.format("documents.saved", target.toString(), names) + note);
        written.set(target);
        outcome.set(Outcome.SAVED);
    }

    private void failed(String sentence) {
        message.set(sentence);
        outcome.set(Outcome.FAILED);
    }

    /** Opens the folder the documents were written to, in the desktop's file manager. */
    public void openFolder() {
        if (written.get() != null) {
            linkOpener.accept(written.get().toUri().toString());
        }
    }

    private List<DocumentFormat> chosenFormats() {
        return formats.entrySet().stream().filter(entry -> entry.getValue().get()).map(Map.Entry::getKey).toList();
    }

    public ReadOnlyObjectProperty<String> languageProperty() {
        return language;
    }

    public BooleanProperty formatProperty(DocumentFormat format) {
        return formats.get(format);
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A folder and at least one format are chosen and nothing is being written. */
    public BooleanBinding canExportProperty() {
        return canExport;
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** What came of the last export (the files written, or why not), or what is being done now. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The folder of the last successful export, or null. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    public PreviewViewModel preview() {
        return preview;
    }
}
