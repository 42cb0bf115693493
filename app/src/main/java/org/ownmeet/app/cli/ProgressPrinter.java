package org.ownmeet.app.cli;

import java.io.PrintWriter;

import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.session.ProgressLines;
import org.ownmeet.installers.ssh.event.SshEvent;

/** Prints a run's progress line by line (the wizard's live log shows the same lines); with --verbose also the server's output. */
final class ProgressPrinter implements EngineListener {
    private final PrintWriter out;
    private final boolean verbose;

    ProgressPrinter(PrintWriter out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    @Override
    public synchronized void on(EngineEvent event) {
        ProgressLines.of(event).forEach(out::println);
        out.flush();
    }

    @Override
    public synchronized void on(SshEvent event) {
        if (verbose) {
            ProgressLines.of(event).ifPresent(line -> {
                out.println(line);
                out.flush();
            });
        }
    }
}
