package org.ownmeet.installers.profile.validation;

import java.util.Optional;

/**
 * Characters no domain name can have, each with its own message: spaces, invisible characters,
 * wildcards, dots in the wrong place, underscores and other signs. Letters with accents pass: they are
 * converted to punycode afterwards.
 */
final class DomainCharacterCheck {
    private DomainCharacterCheck() {
    }

    static Optional<Reason> problem(String name, String what) {
        for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
            int c = name.codePointAt(i);
            if (SurroundingSpace.isSpace(c)) {
                return Optional.of(Reason.of("domain.space-inside", what + " contains a " + SurroundingSpace.name(c)
                        + "; a domain name has none"));
            }
            if (Shown.isInvisible(c)) {
                return Optional.of(Reason.of("domain.invisible", what + " contains an invisible character ("
                        + Shown.codePoint(c) + "), perhaps from copying it; type the name by hand", Shown.codePoint(c)));
            }
        }
        if (name.contains("*")) {
            return Optional.of(Reason.of("domain.wildcard", "a wildcard (*) is not possible; type one exact name, such as"
                    + " meet.example.org"));
        }
        if (name.endsWith(".")) {
            return Optional.of(Reason.of("domain.dot-at-end", "remove the dot at the end"));
        }
        if (name.startsWith(".")) {
            return Optional.of(Reason.of("domain.dot-at-start", "remove the dot at the start"));
        }
        if (name.contains("..")) {
            return Optional.of(Reason.of("domain.two-dots", what + " has two dots in a row"));
        }
        if (name.contains("_")) {
            return Optional.of(Reason.of("domain.underscore", "the underscore (_) is not possible in a domain name; use a"
                    + " hyphen (-) instead"));
        }
        for (char c : name.toCharArray()) {
            boolean ascii = c < 0x80;
            if (ascii && !(Character.isLetterOrDigit(c) || c == '-' || c == '.')) {
                String shown = Shown.quoted(String.valueOf(c));
                return Optional.of(Reason.of("domain.character", "the character " + shown
                        + " is not possible in a domain name; use letters, digits, hyphens (-) and dots", shown));
            }
        }
        return Optional.empty();
    }
}
