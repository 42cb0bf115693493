package org.ownmeet.installers.profile.validation;

import java.util.ArrayList;
import java.util.List;

import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.installers.profile.Profile.Certificates;
import org.ownmeet.installers.profile.ProfileFields;

/** Where the server's certificate comes from, and what that choice needs. */
public final class CertificatesRule {
    private static final int LONGEST_PATH = 4096;

    private CertificatesRule() {
    }

    public static CheckedValue<Certificates> check(Certificates certificates) {
        String choose = "Certificate: choose where the server's certificate comes from";
        if (certificates == null) {
            return CheckedValue.invalid(ProfileFields.CERTIFICATES, choose, "certificate.choose");
        }
        if (certificates.mode() == null) {
            return CheckedValue.invalid(ProfileFields.CERTIFICATE_MODE, choose, "certificate.choose");
        }
        List<FieldError> errors = new ArrayList<>();
        if (certificates.mode() == CertificateMode.LETS_ENCRYPT) {
            errors.addAll(WebAddressRule.check(ProfileFields.ACME_DIRECTORY, "Certificate service address",
                    certificates.acmeDirectory(), false).errors());
        }
        if (certificates.mode() == CertificateMode.OWN_FILES) {
            errors.addAll(PlainTextRule.check(ProfileFields.CERTIFICATE_FILE, "Certificate file", certificates.certificateFile(),
                    "Certificate file: missing. Choose the file with your certificate (often called fullchain.pem)",
                    "certificate-file.missing", LONGEST_PATH, false).errors());
            errors.addAll(PlainTextRule.check(ProfileFields.KEY_FILE, "Key file", certificates.keyFile(),
                    "Key file: missing. Choose the file with the certificate's private key (often called privkey.pem)",
                    "key-file.missing", LONGEST_PATH, false).errors());
        }
        return new CheckedValue<>(errors.isEmpty() ? certificates : null, errors, List.of());
    }
}
