package org.ownmeet.installers.profile.validation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address OwnMeet logs in to over SSH: an IP address (v4 or v6, with or without brackets) or a
 * name, also one of the local network. The value is the address as SSH takes it: IPv6 without
 * brackets, names in lower-case ASCII.
 */
public final class ServerAddressRule {
    private static final String LABEL = "Server address";
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
    private static final Pattern NAME_WITH_PORT = Pattern.compile("^([^:\\[\\]]+):(\\d+)$");

    private ServerAddressRule() {
    }

    public static CheckedValue<String> check(String field, String input) {
        if (input == null || input.isBlank()) {
            return CheckedValue.invalid(field, LABEL + ": missing. Type the IP address or the name of your server, such as"
                    + " 203.0.113.5", "server-address.missing");
        }
        Optional<Reason> problem = SurroundingSpace.problem(input).or(() -> pastedProblem(input));
        if (problem.isPresent()) {
            return CheckedValue.invalid(problem.get().at(field, LABEL));
        }
        Optional<String> ip = IpAddressLiteral.parse(input);
        if (ip.isPresent()) {
            return CheckedValue.valid(ip.get());
        }
        if (IpAddressLiteral.looksLikeBrokenIpv4(input)) {
            return CheckedValue.invalid(field, LABEL + ": " + Shown.quoted(input) + " is not a valid IP address; it has four"
                    + " numbers from 0 to 255, such as 203.0.113.5", "server-address.broken-ip", Shown.quoted(input));
        }
        CheckedValue<DomainName> name = DomainNameRule.serverName(LABEL).check(field, input);
        return name.isValid() ? CheckedValue.valid(name.value().ascii(), name.warnings())
                : new CheckedValue<>(null, name.errors(), name.warnings());
    }

    private static Optional<Reason> pastedProblem(String input) {
        if (SCHEME.matcher(input).matches()) {
            String scheme = Shown.quoted(input.substring(0, input.indexOf("://") + 3));
            return Optional.of(Reason.of("server-address.pasted-scheme", "type only the address, without " + scheme, scheme));
        }
        int at = input.lastIndexOf('@');
        if (at >= 0) {
            String address = Shown.quoted(input.substring(at + 1));
            String user = Shown.quoted(input.substring(0, at));
            return Optional.of(Reason.of("server-address.pasted-user", "type only the address, " + address + "; the user name "
                    + user + " goes into the field for the user name", address, user));
        }
        Matcher withPort = NAME_WITH_PORT.matcher(input);
        if (IpAddressLiteral.hasPort(input) || withPort.matches()) {
            String port = input.substring(input.lastIndexOf(':') + 1);
            return Optional.of(Reason.of("server-address.pasted-port", "type only the address; the port " + port + " goes into"
                    + " the field for the port", port));
        }
        return Optional.empty();
    }
}
