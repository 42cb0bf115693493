package org.ownmeet.steps.review;

import java.util.List;

import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.PendingChange;

/** One change as the review shows it: what kind, its line, and its detail (a file's diff, coloured). */
public record PlannedChange(Kind kind, String summary, List<DiffLine> detail) {

    /** A file written, a command run (packages, accounts), or a change worked out during the run. */
    public enum Kind { FILE, ACTION, PENDING }

    public static PlannedChange of(Change change) {
        String detail = change.detail() == null ? "" : change.detail();
        if (change instanceof FileChange) {
            return new PlannedChange(Kind.FILE, change.summary(), DiffLine.ofDiff(detail));
        }
        Kind kind = change instanceof PendingChange ? Kind.PENDING : Kind.ACTION;
        return new PlannedChange(kind, change.summary(), DiffLine.ofText(detail));
    }

    public boolean hasDetail() {
        return !detail.isEmpty();
    }
}
