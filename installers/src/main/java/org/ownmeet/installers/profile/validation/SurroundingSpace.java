package org.ownmeet.installers.profile.validation;

import java.util.Optional;

/** Spaces or line breaks before or after a value, usually from copying it out of an e-mail or a web page. */
final class SurroundingSpace {
    private SurroundingSpace() {
    }

    /** "remove the space at the start", or empty when there is none. */
    static Optional<Reason> problem(String input) {
        boolean atStart = !input.isEmpty() && isSpace(input.codePointAt(0));
        boolean atEnd = !input.isEmpty() && isSpace(input.codePointBefore(input.length()));
        if (atStart && atEnd) {
            return Optional.of(Reason.of("space.around", "remove the " + name(input.codePointAt(0)) + " at the start and the "
                    + name(input.codePointBefore(input.length())) + " at the end"));
        }
        if (atStart) {
            return Optional.of(Reason.of("space.at-start", "remove the " + name(input.codePointAt(0)) + " at the start"));
        }
        if (atEnd) {
            return Optional.of(Reason.of("space.at-end", "remove the " + name(input.codePointBefore(input.length()))
                    + " at the end"));
        }
        return Optional.empty();
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** What a space-like character is called in a message. */
    static String name(int c) {
        return switch (c) {
            case ' ', '\u00A0' -> "space";
            case '\t' -> "tab";
            case '\n', '\r', '\u2028', '\u2029' -> "line break";
            default -> "invisible space (" + Shown.codePoint(c) + ")";
        };
    }
}
