package org.ownmeet.installers.certificates;

import java.net.URI;

import org.ownmeet.installers.profile.Profile.Certificates;

/** The certificate authority behind an ACME directory, named for messages. */
final class Authority {
    private Authority() {
    }

    static String name(String directory) {
        if (Certificates.sameDirectory(directory, Certificates.LETS_ENCRYPT)) {
            return "Let's Encrypt";
        }
        if (Certificates.sameDirectory(directory, Certificates.LETS_ENCRYPT_STAGING)) {
            return "Let's Encrypt's test service";
        }
        String host = URI.create(directory.strip()).getHost();
        return "the certificate service at " + (host == null ? directory : host);
    }
}
