package org.ownmeet.installers.profile.validation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole web address pasted where only the name belongs: "https://meet.example.org/room",
 * "meet.example.org:8443", "anna@example.org". The message shows the name to type instead.
 */
final class PastedAddressCheck {
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://(.*)$");
    private static final Pattern PORT = Pattern.compile("^([^:]+):(\\d*)$");

    private PastedAddressCheck() {
    }

    static Optional<String> problem(String input, String example) {
        Matcher scheme = SCHEME.matcher(input);
        if (scheme.matches()) {
            String name = nameIn(scheme.group(2));
            return Optional.of("type only the name, without \"" + scheme.group(1) + "://\" or anything after the name"
                    + (name.isEmpty() ? ", such as " + example : ": " + name));
        }
        int path = firstOf(input, "/?#");
        if (path >= 0) {
            String name = nameIn(input);
            return Optional.of("type only the name, without " + Shown.quoted(input.substring(path)) + " after it"
                    + (name.isEmpty() ? ", such as " + example : ": " + name));
        }
        Matcher port = PORT.matcher(input);
        if (port.matches()) {
            return Optional.of("type only the name, without the port " + Shown.quoted(":" + port.group(2)) + ": "
                    + port.group(1) + ". OwnMeet always uses the standard ports");
        }
        if (input.contains("@")) {
            return Optional.of("this looks like an e-mail address; type the name of the server, such as " + example);
        }
        return Optional.empty();
    }

    /** The host name inside a pasted address: no user, no port, no path. */
    private static String nameIn(String address) {
        int pathStart = firstOf(address, "/?#");
        String rest = address.substring(address.lastIndexOf('@', pathStart >= 0 ? pathStart : address.length()) + 1);
        int end = firstOf(rest, "/?#");
        String host = end >= 0 ? rest.substring(0, end) : rest;
        int colon = host.lastIndexOf(':');
        return colon >= 0 && !host.contains("]") ? host.substring(0, colon) : host;
    }

    private static int firstOf(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
