package org.ownmeet.installers.privacy;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;

/**
 * The hosts other than this server that configuration values name: host names under a public suffix
 * (so {@code org.jitsi.videobridge} is not mistaken for one), not a file in a path, that are
 * neither the meeting domain nor below it, and public IPv4 addresses.
 */
final class ThirdPartyHosts {
    private static final Pattern CANDIDATE = Pattern.compile("[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?"
            + "(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)+");

    private ThirdPartyHosts() {
    }

    static Set<String> in(Collection<String> values, String domain) {
        String own = domain.toLowerCase(Locale.ROOT);
        Set<String> found = new TreeSet<>();
        for (String value : values) {
            Matcher candidate = CANDIDATE.matcher(value);
            while (candidate.find()) {
                String name = candidate.group().toLowerCase(Locale.ROOT);
                if (name.equals(own) || name.endsWith("." + own) || isPathSegment(value, candidate.start())) {
                    continue;
                }
                if (isPublicAddress(name) || isInternetHostName(name)) {
                    found.add(name);
                }
            }
        }
        return found;
    }

    /** {@code /etc/jitsi/logging.properties}: a file, though ".properties" is a top-level domain; "//host" is a host. */
    private static boolean isPathSegment(String value, int start) {
        return start > 0 && value.charAt(start - 1) == '/' && (start < 2 || value.charAt(start - 2) != '/');
    }

    private static boolean isInternetHostName(String name) {
        return InternetDomainName.isValid(name) && InternetDomainName.from(name).isUnderPublicSuffix();
    }

    private static boolean isPublicAddress(String text) {
        if (!InetAddresses.isInetAddress(text)) {
            return false;
        }
        var address = InetAddresses.forString(text);
        return !(address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress());
    }
}
