package org.ownmeet.installers.profile.validation;

import java.util.Optional;

import com.google.common.net.InternetDomainName;

/**
 * The rules Let's Encrypt adds to DNS's own (boulder policy/pa.go, validDomain): at most 10 parts,
 * and the name must end in a public suffix of the ICANN section of the Public Suffix List without
 * being one. A name under a private network ending (.lan, .internal, .test) gets no certificate.
 */
final class LetsEncryptNameCheck {
    static final int MOST_PARTS = 10;

    private LetsEncryptNameCheck() {
    }

    static Optional<Reason> problem(String ascii, String what) {
        String[] parts = ascii.split("\\.");
        if (parts.length > MOST_PARTS) {
            return Optional.of(Reason.of("domain.too-many-parts", what + " has " + parts.length + " parts; Let's Encrypt"
                    + " gives certificates only to names of at most " + MOST_PARTS, parts.length, MOST_PARTS));
        }
        InternetDomainName name;
        try {
            name = InternetDomainName.from(ascii);
        } catch (IllegalArgumentException e) {
            // Guava is stricter in places (a last part may not start with a digit); no such ending is public
            return Optional.of(notPublic(parts));
        }
        if (name.isRegistrySuffix()) {
            return Optional.of(Reason.of("domain.public-suffix", "\"" + ascii + "\" is only an ending that many names share;"
                    + " type the full name, such as meet.your-school." + ascii, ascii));
        }
        if (!name.isUnderRegistrySuffix()) {
            return Optional.of(notPublic(parts));
        }
        return Optional.empty();
    }

    private static Reason notPublic(String[] parts) {
        String ending = "." + parts[parts.length - 1];
        return Reason.of("domain.not-public", "Let's Encrypt gives certificates only to names that end in a public ending such"
                + " as .de, .org or .com, and \"" + ending + "\" is not one", ending);
    }
}
