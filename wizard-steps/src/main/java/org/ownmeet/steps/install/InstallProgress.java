package org.ownmeet.steps.install;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.session.ProgressLines;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.steps.api.Texts;

/**
 * What a run's events mean for the page, on the UI thread: each installer's state, the overall
 * progress, the live log (the command line's lines), the waiting banner, what was put back.
 */
final class InstallProgress {
    /** The log keeps the newest lines; a package installation alone prints a few thousand. */
    static final int LOG_LIMIT = 3000;
    /** The package scripts' own marker lines: they come while OwnMeet waits and do not end the wait. */
    private static final String MARKER = "OWNMEET-";

    private final Texts texts;
    private final List<InstallerRow> rows;
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper finished = new ReadOnlyIntegerWrapper(this, "finished");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper waiting = new ReadOnlyStringWrapper(this, "waiting", "");
    private final ReadOnlyBooleanWrapper serverChanged = new ReadOnlyBooleanWrapper(this, "serverChanged");
    private final List<String> undone = new ArrayList<>();

    InstallProgress(List<InstallerRow> rows, Texts texts) {
        this.rows = List.copyOf(rows);
        this.texts = texts;
    }

    /** A new run: every row waits again; the log starts afresh. */
    void reset() {
        rows.forEach(row -> row.set(InstallerRow.State.WAITING));
        log.clear();
        undone.clear();
        waiting.set("");
        count();
    }

    void accept(List<Object> batch) {
        List<String> lines = new ArrayList<>();
        for (Object event : batch) {
            if (event instanceof EngineEvent engine) {
                lines.addAll(ProgressLines.of(engine));
                on(engine);
            } else if (event instanceof SshEvent ssh) {
                ProgressLines.of(ssh).ifPresent(lines::add);
                if (ssh instanceof SshEvent.OutputLine line && !line.text().startsWith(MARKER)) {
                    waiting.set("");
                }
            }
        }
        append(lines);
        count();
    }

    private void on(EngineEvent event) {
        if (event instanceof EngineEvent.Waiting wait) {
            waiting.set(running("packages") ? texts.get("install.waitingForUpdates") : wait.reason());
            return;
        }
        if (!(event instanceof EngineEvent.Note || event instanceof EngineEvent.Warning)) {
            waiting.set("");
        }
        if (event instanceof EngineEvent.StepStarted started) {
            serverChanged.set(true);
            int at = indexOf(started.step());
            for (int i = 0; i < at; i++) {
                if (rows.get(i).state() == InstallerRow.State.WAITING) {
                    rows.get(i).set(InstallerRow.State.UNCHANGED);
                }
            }
            if (at >= 0) {
                rows.get(at).set(InstallerRow.State.RUNNING);
            }
        } else if (event instanceof EngineEvent.StepFinished done) {
            serverChanged.set(true);
            int at = indexOf(done.step());
            if (at >= 0) {
                rows.get(at).set(InstallerRow.State.DONE);
            }
        } else if (event instanceof EngineEvent.ChangeMade || event instanceof EngineEvent.Restarted) {
            serverChanged.set(true);
        } else if (event instanceof EngineEvent.ChecksFailedAndUndone failed) {
            undone.add(texts.format("install.undone", checkName(failed.check())));
        }
    }

    /** The run ended well: what never started had nothing to change. */
    void succeeded() {
        waiting.set("");
        for (InstallerRow row : rows) {
            if (row.state() == InstallerRow.State.WAITING || row.state() == InstallerRow.State.RUNNING) {
                row.set(row.state() == InstallerRow.State.RUNNING ? InstallerRow.State.DONE : InstallerRow.State.UNCHANGED);
            }
        }
        count();
    }

    /** The run stopped on a problem (or was cancelled): the running step failed or stopped, the rest did not run. */
    void stopped(boolean failed, Collection<String> doneIds) {
        waiting.set("");
        for (InstallerRow row : rows) {
            if (doneIds.contains(row.id()) && row.state() != InstallerRow.State.UNCHANGED) {
                row.set(InstallerRow.State.DONE);
            } else if (row.state() == InstallerRow.State.RUNNING) {
                row.set(failed ? InstallerRow.State.FAILED : InstallerRow.State.NOT_RUN);
            } else if (row.state() == InstallerRow.State.WAITING) {
                row.set(InstallerRow.State.NOT_RUN);
            }
        }
        count();
    }

    /** An installer's title by its id, for the lists of what was done and what is left. */
    String title(String id) {
        int at = indexOf(id);
        return at >= 0 ? rows.get(at).title() : texts.installer(id, id);
    }

    private void append(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        log.addAll(lines);
        if (log.size() > LOG_LIMIT) {
            log.remove(0, log.size() - LOG_LIMIT);
        }
    }

    private void count() {
        int done = (int) rows.stream().filter(row -> row.state().finished()).count();
        finished.set(done);
        // the last share is the restarts and the check from outside: the bar is full only when all is done
        progress.set((double) done / (rows.size() + 1));
    }

    void complete() {
        progress.set(1);
    }

    private boolean running(String id) {
        int at = indexOf(id);
        return at >= 0 && rows.get(at).state() == InstallerRow.State.RUNNING;
    }

    private int indexOf(String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The engine names a check by its validator ("PROSODY"); the sentence wants "Prosody". */
    static String checkName(String check) {
        if (!check.isEmpty() && check.equals(check.toUpperCase(Locale.ROOT)) && !check.contains(" ")) {
            return check.charAt(0) + check.substring(1).toLowerCase(Locale.ROOT);
        }
        return check;
    }

    List<InstallerRow> rows() {
        return rows;
    }

    ObservableList<String> log() {
        return log;
    }

    List<String> undone() {
        return List.copyOf(undone);
    }

    ReadOnlyIntegerProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty serverChangedProperty() {
        return serverChanged.getReadOnlyProperty();
    }
}
