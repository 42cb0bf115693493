package org.ownmeet.steps.review;

import java.util.ArrayList;
import java.util.List;

/** One line of a change's detail, classified so the page can colour it: added green, removed red, positions muted. */
public record DiffLine(Kind kind, String text) {

    public enum Kind { HEADER, HUNK, ADDED, REMOVED, CONTEXT }

    /**
     * The lines of a unified diff (secrets already masked by the engine). The {@code ---}/{@code +++}
     * file names count only before the first {@code @@}: inside a hunk a removed line may itself start with "--".
     */
    public static List<DiffLine> ofDiff(String diff) {
        List<DiffLine> lines = new ArrayList<>();
        boolean inHunk = false;
        for (String line : diff.split("\n", -1)) {
            Kind kind;
            if (line.startsWith("@@")) {
                inHunk = true;
                kind = Kind.HUNK;
            } else if (!inHunk && (line.startsWith("--- ") || line.startsWith("+++ "))) {
                kind = Kind.HEADER;
            } else if (inHunk && line.startsWith("+")) {
                kind = Kind.ADDED;
            } else if (inHunk && line.startsWith("-")) {
                kind = Kind.REMOVED;
            } else {
                kind = Kind.CONTEXT;
            }
            lines.add(new DiffLine(kind, line));
        }
        return trimmed(lines);
    }

    /** A detail that is not a diff (the packages to install, the command to run): plain lines. */
    public static List<DiffLine> ofText(String text) {
        List<DiffLine> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(new DiffLine(Kind.CONTEXT, line));
        }
        return trimmed(lines);
    }

    private static List<DiffLine> trimmed(List<DiffLine> lines) {
        while (!lines.isEmpty() && lines.get(lines.size() - 1).text().isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return List.copyOf(lines);
    }
}
