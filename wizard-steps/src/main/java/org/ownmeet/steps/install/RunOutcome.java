package org.ownmeet.steps.install;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** How a run ended, for the page's cards: the problem and what was put back, or what was done and what is left. */
public final class RunOutcome {
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper problemDetail = new ReadOnlyStringWrapper(this, "problemDetail", "");
    private final ObservableList<String> undone = FXCollections.observableArrayList();
    private final ObservableList<String> done = FXCollections.observableArrayList();
    private final ObservableList<String> left = FXCollections.observableArrayList();
    // one read-only view of each list, kept: a listener on a view made per call would be lost with the view
    private final ObservableList<String> undoneView = FXCollections.unmodifiableObservableList(undone);
    private final ObservableList<String> doneView = FXCollections.unmodifiableObservableList(done);
    private final ObservableList<String> leftView = FXCollections.unmodifiableObservableList(left);

    void clear() {
        problem.set("");
        problemDetail.set("");
        undone.clear();
        done.clear();
        left.clear();
    }

    void failed(String message, String detail, List<String> putBack) {
        problem.set(message);
        problemDetail.set(detail);
        undone.setAll(putBack);
    }

    void stopped(List<String> finished, List<String> notFinished) {
        done.setAll(finished);
        left.setAll(notFinished);
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The problem's line for IT. */
    public ReadOnlyStringProperty problemDetailProperty() {
        return problemDetail.getReadOnlyProperty();
    }

    /** After a failure: each change that failed its check and was put back, in a sentence. */
    public ObservableList<String> undone() {
        return undoneView;
    }

    /** After a stop: the steps finished, by title. */
    public ObservableList<String> done() {
        return doneView;
    }

    /** After a stop: the steps a new run finishes, by title. */
    public ObservableList<String> left() {
        return leftView;
    }
}
