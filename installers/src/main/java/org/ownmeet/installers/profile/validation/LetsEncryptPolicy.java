package org.ownmeet.installers.profile.validation;

import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.installers.profile.Profile.Certificates;

/**
 * Whether Let's Encrypt's own rules for names apply: only when the certificate comes from Let's
 * Encrypt's own service. Another ACME service (a test CA, a company CA) has rules of its own, and a
 * self-signed or own certificate has none, so a name such as meet.school.lan is fine there.
 */
public final class LetsEncryptPolicy {
    private LetsEncryptPolicy() {
    }

    public static boolean applies(Certificates certificates) {
        if (certificates == null || certificates.mode() != CertificateMode.LETS_ENCRYPT || certificates.acmeDirectory() == null) {
            return false;
        }
        String directory = certificates.acmeDirectory().strip();
        return directory.equals(Certificates.LETS_ENCRYPT) || directory.equals(Certificates.LETS_ENCRYPT_STAGING);
    }
}
