package org.ownmeet.installers.profile.validation;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import com.google.common.net.InetAddresses;

/**
 * A web address OwnMeet fetches from (package repository, signing key, certificate service): https,
 * or plain http only where allowed and only for a server inside the user's own network (a mirror),
 * and never with a user name or password in it.
 */
final class WebAddressRule {
    private WebAddressRule() {
    }

    static CheckedValue<String> check(String field, String label, String input, boolean localHttpAllowed) {
        if (input == null || input.isBlank()) {
            return CheckedValue.invalid(field, label + ": missing", "web-address.missing");
        }
        return problem(input, localHttpAllowed)
                .<CheckedValue<String>>map(reason -> CheckedValue.invalid(reason.at(field, label)))
                .orElseGet(() -> CheckedValue.valid(input));
    }

    private static Optional<Reason> problem(String input, boolean localHttpAllowed) {
        Optional<Reason> spaces = SurroundingSpace.problem(input);
        if (spaces.isPresent() || input.codePoints().anyMatch(c -> SurroundingSpace.isSpace(c) || Shown.isInvisible(c))) {
            return spaces.or(() -> Optional.of(Reason.of("web-address.spaces", "a web address has no spaces or invisible"
                    + " characters")));
        }
        URI uri;
        try {
            uri = new URI(input);
        } catch (URISyntaxException e) {
            return Optional.of(Reason.of("web-address.invalid", Shown.quoted(input) + " is not a web address such as"
                    + " https://download.jitsi.org", Shown.quoted(input)));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            return Optional.of(Reason.of("web-address.scheme", "a web address starts with https:// and a server's name, such"
                    + " as https://download.jitsi.org"));
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of(Reason.of("web-address.user-info", "remove the user name or password from the address; a"
                    + " profile holds no passwords"));
        }
        if (uri.getRawFragment() != null) {
            return Optional.of(Reason.of("web-address.fragment", "remove the # and what follows it"));
        }
        if (scheme.equals("http") && !(localHttpAllowed && isInOwnNetwork(uri.getHost()))) {
            return Optional.of(Reason.of("web-address.http", "use https:// (http:// is only for a mirror inside your own"
                    + " network)"));
        }
        return Optional.empty();
    }

    /** A private, loopback or link-local address, or a name that only exists inside a network. */
    static boolean isInOwnNetwork(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (InetAddresses.isInetAddress(bare)) {
            InetAddress address = InetAddresses.forString(bare);
            boolean uniqueLocalV6 = address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc;
            return address.isSiteLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress() || uniqueLocalV6;
        }
        String name = bare.toLowerCase(Locale.ROOT);
        return !name.contains(".") || name.endsWith(".lan") || name.endsWith(".local") || name.endsWith(".internal")
                || name.endsWith(".home.arpa") || name.endsWith(".test") || name.endsWith(".localhost");
    }
}
