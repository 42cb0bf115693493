package org.ownmeet.installers.profile.validation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One host's user name: the part before the @ of the XMPP address on the main domain. The rule is
 * stricter than RFC 7622 so that it is easy to explain, safe in a shell and never starts with "-"
 * (prosodyctl would read it as an option): after NFKC and lower case, a to z, digits, and . _ -.
 */
public final class HostUserNameRule {
    static final int LONGEST = 64;
    private static final Pattern ALLOWED = Pattern.compile("^[a-z0-9][a-z0-9._-]{0," + (LONGEST - 1) + "}$");
    private static final String WHAT_IS_ALLOWED = "use the letters a to z, digits, and . _ -";

    private HostUserNameRule() {
    }

    /** The value is the name as the server will know it: "Anna" becomes "anna". */
    public static CheckedValue<String> check(String field, int position, String input) {
        if (input == null || input.isEmpty()) {
            return CheckedValue.invalid(field, "Host user name " + position + ": empty. Type a name such as anna or m.becker, or"
                    + " remove the line", "host-user.empty", position);
        }
        String label = "Host user name " + Shown.quoted(input);
        String name = normalise(input);
        Optional<Reason> problem = ForbiddenUserNameCharacters.first(name)
                .map(character -> Reason.of("host-user.forbidden-character", ForbiddenUserNameCharacters.name(character)
                        + " cannot be part of a user name; " + WHAT_IS_ALLOWED, Shown.quoted(String.valueOf(character))))
                .or(() -> patternProblem(name))
                .or(() -> ReservedUserNames.reason(name));
        return problem.<CheckedValue<String>>map(reason -> CheckedValue.invalid(reason.at(field, label)))
                .orElseGet(() -> CheckedValue.valid(name));
    }

    /** What Prosody makes of a name as far as this rule allows: compatibility forms folded, lower case. */
    static String normalise(String input) {
        return Normalizer.normalize(input, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static Optional<Reason> patternProblem(String name) {
        if (ALLOWED.matcher(name).matches()) {
            return Optional.empty();
        }
        if (name.codePointCount(0, name.length()) > LONGEST) {
            return Optional.of(Reason.of("host-user.too-long", "too long: at most " + LONGEST + " characters", LONGEST));
        }
        if (name.startsWith("-")) {
            return Optional.of(Reason.of("host-user.leading-hyphen", "cannot start with a hyphen (-); start with a letter or"
                    + " a digit"));
        }
        for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
            int c = name.codePointAt(i);
            if (Shown.isInvisible(c) || SurroundingSpace.isSpace(c)) {
                return Optional.of(Reason.of("host-user.invisible", "contains an invisible character (" + Shown.codePoint(c)
                        + "); " + WHAT_IS_ALLOWED, Shown.codePoint(c)));
            }
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-')) {
                String shown = Shown.quoted(Character.toString(c));
                return Optional.of(Character.isLetter(c)
                        ? Reason.of("host-user.letter", "the letter " + shown + " is not possible; use a to z without accents"
                                + " (ue for ü, ss for ß), digits, and . _ -", shown)
                        : Reason.of("host-user.character", "the character " + shown + " is not possible; " + WHAT_IS_ALLOWED,
                                shown));
            }
        }
        return Optional.of(Reason.of("host-user.must-start", "must start with a letter or a digit"));
    }
}
