package org.ownmeet.installers.profile.validation;

import java.util.Optional;
import java.util.regex.Pattern;

import com.google.common.net.InetAddresses;

/**
 * Recognises an IP address as people type or paste it: 192.0.2.10, 2001:db8::1, [2001:db8::1],
 * with or without a port. Only the text is parsed; nothing is looked up.
 */
final class IpAddressLiteral {
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d*");
    private static final Pattern BRACKETED = Pattern.compile("\\[([^]]*)](?::\\d*)?");
    private static final Pattern DOTTED_NUMBERS = Pattern.compile("\\d+(?:\\.\\d+){3}");

    private IpAddressLiteral() {
    }

    /** The address in its usual short form, when the text is an IP address (a port after it is ignored). */
    static Optional<String> parse(String text) {
        String candidate = text;
        var bracketed = BRACKETED.matcher(text);
        var withPort = IPV4_WITH_PORT.matcher(text);
        if (bracketed.matches()) {
            candidate = bracketed.group(1);
        } else if (withPort.matches()) {
            candidate = withPort.group(1);
        }
        if (!InetAddresses.isInetAddress(candidate)) {
            return Optional.empty();
        }
        return Optional.of(InetAddresses.toAddrString(InetAddresses.forString(candidate)));
    }

    /** Four numbers with dots that are no valid address (192.0.2.300, 010.1.1.1): meant as one, surely. */
    static boolean looksLikeBrokenIpv4(String text) {
        return DOTTED_NUMBERS.matcher(text).matches() && parse(text).isEmpty();
    }

    /** Whether the text has a port: "203.0.113.5:2222", "[2001:db8::1]:22". */
    static boolean hasPort(String text) {
        return IPV4_WITH_PORT.matcher(text).matches() || (BRACKETED.matcher(text).matches() && text.contains("]:"));
    }
}
