package org.ownmeet.steps.documents;

import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.work.EngineWork;

/**
 * The privacy notice as it will be saved (its Markdown text), made in the background only once the user
 * opens the preview, and made again in the newly chosen language while it is open.
 */
public final class PreviewViewModel {
    public enum State { CLOSED, LOADING, SHOWN, FAILED }

    private final DocumentSource source;
    private final EngineWork work;
    private final Texts texts;
    private final GdprExport export;
    private final ObservableValue<String> language;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.CLOSED);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private String shownLanguage;
    private int generation;

    PreviewViewModel(DocumentSource source, EngineWork work, Texts texts, GdprExport export, ObservableValue<String> language) {
        this.source = source;
        this.work = work;
        this.texts = texts;
        this.export = export;
        this.language = language;
        language.addListener((property, before, now) -> {
            if (state.get() != State.CLOSED) {
                load();
            }
        });
    }

    /** The user opened the preview: it is made unless it is there already in this language. */
    public void open() {
        if (state.get() == State.CLOSED || state.get() == State.FAILED || !language.getValue().equals(shownLanguage)) {
            load();
        }
    }

    private void load() {
        String lang = language.getValue();
        int mine = ++generation;
        Callable<AppliedState> applied = source.capture();
        state.set(State.LOADING);
        text.set(texts.get(source.verifiesFirst() ? "documents.verifying" : "documents.preview.loading"));
        work.task(() -> export.preview(applied.call(), lang)).onSuccess(notice -> {
            if (mine == generation) {
                shownLanguage = lang;
                text.set(notice);
                state.set(State.SHOWN);
            }
        }).onProblem(problem -> failed(mine, texts.problem(problem)))
                .onUnexpected(failure -> failed(mine, String.valueOf(failure.getMessage())))
                .start();
    }

    private void failed(int mine, String reason) {
        if (mine == generation) {
            shownLanguage = null;
            text.set(texts.format("documents.preview.failed", reason));
            state.set(State.FAILED);
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The notice's text, or what is being done, or why it could not be made. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
