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

    static Optional<Reason> problem(String input, String example) {
        Matcher scheme = SCHEME.matcher(input);
        if (scheme.matches()) {
            String name = nameIn(scheme.group(2));
            String text = "type only the name, without \"" + scheme.group(1) + "://\" or anything after the name";
            return Optional.of(name.isEmpty() ? Reason.of("domain.pasted-scheme.no-name", text + ", such as " + example,
                    scheme.group(1), example) : Reason.of("domain.pasted-scheme", text + ": " + name, scheme.group(1), name));
        }
        int path = firstOf(input, "/?#");
        if (path >= 0) {
            String name = nameIn(input);
            String after = Shown.quoted(input.substring(path));
            String text = "type only the name, without " + after + " after it";
            return Optional.of(name.isEmpty() ? Reason.of("domain.pasted-path.no-name", text + ", such as " + example, after,
                    example) : Reason.of("domain.pasted-path", text + ": " + name, after, name));
        }
        Matcher port = PORT.matcher(input);
        if (port.matches()) {
            String shown = Shown.quoted(":" + port.group(2));
            return Optional.of(Reason.of("domain.pasted-port", "type only the name, without the port " + shown + ": "
                    + port.group(1) + ". OwnMeet always uses the standard ports", shown, port.group(1)));
        }
        if (input.contains("@")) {
            return Optional.of(Reason.of("domain.email-address", "this looks like an e-mail address; type the name of the"
                    + " server, such as " + example, example));
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
