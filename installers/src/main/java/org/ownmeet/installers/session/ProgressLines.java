package org.ownmeet.installers.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.ssh.event.SshEvent;

/**
 * A run's progress as lines of text, the same for the command line and the wizard's live log:
 * "==> step", "  - change", "  ... waiting", the server's own output as "    | line". Every text in an
 * event is redacted when the event is made, so these lines hold no secret.
 */
public final class ProgressLines {
    private ProgressLines() {
    }

    /** The lines an engine event prints (most print one; a failed check prints what it said too). */
    public static List<String> of(EngineEvent event) {
        List<String> lines = new ArrayList<>();
        if (event instanceof EngineEvent.StepStarted step) {
            lines.add("==> " + step.title());
        } else if (event instanceof EngineEvent.ChangeMade change) {
            lines.add("  - " + change.summary());
        } else if (event instanceof EngineEvent.Waiting waiting) {
            lines.add("  ... " + waiting.reason());
        } else if (event instanceof EngineEvent.Warning warning) {
            lines.add("  ! " + warning.text());
        } else if (event instanceof EngineEvent.Note note) {
            lines.add("  note: " + note.text());
        } else if (event instanceof EngineEvent.ChecksFailedAndUndone undone) {
            lines.add("  ! the " + undone.check().toLowerCase() + " check failed; the files were put back. It said:");
            undone.output().lines().forEach(line -> lines.add("    | " + line));
        } else if (event instanceof EngineEvent.Restarted restarted) {
            lines.add("  restarted " + restarted.service());
        } else if (event instanceof EngineEvent.StepFinished finished) {
            // the default locale's decimal mark, as the command line has always printed it
            lines.add(String.format("  (%s: %.1f s)", finished.step(), finished.took().toMillis() / 1000.0));
        }
        return lines;
    }

    /** A line of the server's output (shown with --verbose and in the wizard's log); other connection events print nothing. */
    public static Optional<String> of(SshEvent event) {
        return event instanceof SshEvent.OutputLine line ? Optional.of("    | " + line.text()) : Optional.empty();
    }
}
