package org.ownmeet.installers.profile.validation;

import java.util.Map;
import java.util.Optional;

/**
 * The characters RFC 7622 forbids in the user part of an XMPP address (kept from nodeprep, RFC 6122),
 * each with its name, so a message can say which one was typed.
 */
final class ForbiddenUserNameCharacters {
    private static final Map<Character, String> NAMES = Map.of(
            '"', "the double quote (\")",
            '&', "the ampersand (&)",
            '\'', "the apostrophe (')",
            '/', "the slash (/)",
            ':', "the colon (:)",
            '<', "the less-than sign (<)",
            '>', "the greater-than sign (>)",
            '@', "the at sign (@)",
            ' ', "a space");

    private ForbiddenUserNameCharacters() {
    }

    /** The first forbidden character in the text. */
    static Optional<Character> first(String text) {
        for (char c : text.toCharArray()) {
            if (NAMES.containsKey(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** A forbidden character's name, such as "the at sign (@)". */
    static String name(char c) {
        return NAMES.get(c);
    }
}
