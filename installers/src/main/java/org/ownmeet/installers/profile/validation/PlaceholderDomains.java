package org.ownmeet.installers.profile.validation;

import java.util.Set;

/**
 * example.com, example.net and example.org (RFC 2606) appear in every manual; people copy them.
 * Let's Encrypt refuses them as contact addresses (boulder's forbiddenMailDomains) and can never
 * prove control of them for a certificate.
 */
final class PlaceholderDomains {
    static final Set<String> ALL = Set.of("example.com", "example.net", "example.org");

    private PlaceholderDomains() {
    }

    static boolean isPlaceholder(String ascii) {
        return ALL.contains(ascii);
    }

    static boolean isPlaceholderOrUnder(String ascii) {
        return ALL.stream().anyMatch(placeholder -> ascii.equals(placeholder) || ascii.endsWith("." + placeholder));
    }

    /** The placeholder the name is, or is under. */
    static String of(String ascii) {
        return ALL.stream().filter(p -> ascii.equals(p) || ascii.endsWith("." + p)).findFirst().orElse(ascii);
    }
}
