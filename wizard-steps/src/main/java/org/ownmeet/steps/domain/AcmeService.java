package org.ownmeet.steps.domain;

import org.ownmeet.installers.profile.Profile.Certificates;

/** Which service gives the certificate in the Let's Encrypt choice: the real one, its test service, or another ACME service. */
public enum AcmeService {
    LETS_ENCRYPT,
    LETS_ENCRYPT_STAGING,
    OTHER;

    static AcmeService of(String directory) {
        if (directory == null || Certificates.sameDirectory(directory, Certificates.LETS_ENCRYPT)) {
            return LETS_ENCRYPT;
        }
        return Certificates.sameDirectory(directory, Certificates.LETS_ENCRYPT_STAGING) ? LETS_ENCRYPT_STAGING : OTHER;
    }

    /** The service's directory address; for another service, what the user typed. */
    String directory(String typed) {
        return switch (this) {
            case LETS_ENCRYPT -> Certificates.LETS_ENCRYPT;
            case LETS_ENCRYPT_STAGING -> Certificates.LETS_ENCRYPT_STAGING;
            case OTHER -> typed == null || typed.isBlank() ? null : typed;
        };
    }
}
