package org.ownmeet.installers.profile.validation;

import java.util.Optional;

/**
 * The shape of a name once it is in ASCII: its length, at least two parts (one would be a name only
 * the local network knows, or none at all), not localhost, and a last part that is not a number.
 */
final class DomainStructureCheck {
    private DomainStructureCheck() {
    }

    static Optional<Reason> problem(String ascii, String what, boolean localNamesAllowed) {
        String[] parts = ascii.split("\\.");
        if (ascii.length() > DomainNameRule.LONGEST) {
            return Optional.of(IdnaConversion.tooLong(ascii, what));
        }
        if (parts[parts.length - 1].chars().allMatch(Character::isDigit)) {
            return Optional.of(Reason.of("domain.numeric-ending", "the last part, after the final dot, cannot be only digits"));
        }
        if (localNamesAllowed) {
            return Optional.empty();
        }
        if (ascii.equals("localhost") || ascii.endsWith(".localhost")) {
            return Optional.of(Reason.of("domain.localhost", "\"" + ascii + "\" only ever means the computer it is typed on;"
                    + " type the name of your server", ascii));
        }
        if (parts.length < 2) {
            return Optional.of(Reason.of("domain.no-dot", Shown.quoted(ascii) + " is not a full name; it needs at least one"
                    + " dot, such as " + ascii + ".example.org", Shown.quoted(ascii), ascii));
        }
        return Optional.empty();
    }
}
