package org.ownmeet.app.cli;

import java.io.PrintWriter;

import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.ssh.event.SshEvent;

/** Prints a run's progress line by line; with --verbose also the server's output. */
final class ProgressPrinter implements EngineListener {
    private final PrintWriter out;
    private final boolean verbose;

    ProgressPrinter(PrintWriter out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    @Override
    public synchronized void on(EngineEvent event) {
        if (event instanceof EngineEvent.StepStarted step) {
            out.println("==> " + step.title());
        } else if (event instanceof EngineEvent.ChangeMade change) {
            out.println("  - " + change.summary());
        } else if (event instanceof EngineEvent.Waiting waiting) {
            out.println("  ... " + waiting.reason());
        } else if (event instanceof EngineEvent.Warning warning) {
            out.println("  ! " + warning.text());
        } else if (event instanceof EngineEvent.Note note) {
            out.println("  note: " + note.text());
        } else if (event instanceof EngineEvent.ChecksFailedAndUndone undone) {
            out.println("  ! the " + undone.check().toLowerCase() + " check failed; the files were put back. It said:");
            undone.output().lines().forEach(line -> out.println("    | " + line));
        } else if (event instanceof EngineEvent.Restarted restarted) {
            out.println("  restarted " + restarted.service());
        } else if (event instanceof EngineEvent.StepFinished finished) {
            out.printf("  (%s: %.1f s)%n", finished.step(), finished.took().toMillis() / 1000.0);
        }
        out.flush();
    }

    @Override
    public synchronized void on(SshEvent event) {
        if (verbose && event instanceof SshEvent.OutputLine line) {
            out.println("    | " + line.text());
            out.flush();
        }
    }
}
