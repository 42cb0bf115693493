package org.ownmeet.installers.profile.validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.installers.profile.Profile.Certificates;
import org.ownmeet.installers.profile.ProfileFields;

/**
 * Checks every field of a profile and gives back the normalised profile the engine uses, every error
 * (with the field's path and a message in plain words) and every warning. Nothing is looked up on the
 * network: DNS and reachability are the preflight's job. The user's own certificate files are read
 * from this computer, to check them before anything reaches the server.
 */
public final class ProfileValidator {
    private final List<FieldError> errors = new ArrayList<>();
    private final List<FieldWarning> warnings = new ArrayList<>();

    private ProfileValidator() {
    }

    public static ValidationResult validate(Profile profile) {
        return new ProfileValidator().run(Objects.requireNonNull(profile, "profile"));
    }

    private ValidationResult run(Profile profile) {
        if (profile.schemaVersion() < 1 || profile.schemaVersion() > Profile.CURRENT_SCHEMA) {
            errors.add(new FieldError(ProfileFields.SCHEMA_VERSION, "Profile version: this OwnMeet knows versions 1 to "
                    + Profile.CURRENT_SCHEMA + ", and this profile has " + profile.schemaVersion(), "schema-version.unknown",
                    List.of(String.valueOf(Profile.CURRENT_SCHEMA), String.valueOf(profile.schemaVersion()))));
        }
        Certificates certificates = profile.certificates();
        boolean letsEncrypt = LetsEncryptPolicy.applies(certificates);
        boolean acme = certificates != null && certificates.mode() == CertificateMode.LETS_ENCRYPT;
        Profile normalised = new Profile(profile.schemaVersion(),
                take(ServerRule.check(profile.server()), profile.server()),
                takeAscii(DomainNameRule.meetingDomain(letsEncrypt).check(ProfileFields.DOMAIN, profile.domain()),
                        profile.domain()),
                take(new EmailAddressRule("Admin e-mail", acme ? "Admin e-mail: missing. The certificate service writes to it"
                        + " before the certificate runs out" : null, "admin-email.missing", letsEncrypt)
                        .check(ProfileFields.ADMIN_EMAIL, profile.adminEmail()), profile.adminEmail()),
                take(HostAccountsRule.check(profile.hostAccounts()), profile.hostAccounts()),
                take(CertificatesRule.check(certificates), certificates),
                take(LoggingRule.check(profile.logging()), profile.logging()),
                present(profile.meetingSize(), ProfileFields.MEETING_SIZE, "Meeting size: choose how many people your largest"
                        + " meetings have", "meeting-size.missing"),
                take(OrganisationRule.check(profile.organisation()), profile.organisation()),
                take(LanguageRule.check(profile.language()), profile.language()),
                present(profile.options(), ProfileFields.OPTIONS, "Options: missing", "options.missing"),
                take(PackageSourcesRule.check(profile.packageSources()), profile.packageSources()),
                take(UpkeepRule.check(profile.upkeep()), profile.upkeep()),
                take(BridgesRule.check(profile.bridges(), profile.server()), profile.bridges()));
        checkOwnCertificate(normalised);
        return new ValidationResult(normalised, errors, warnings);
    }

    /** Only once the paths are there, and the names only against a valid domain. */
    private void checkOwnCertificate(Profile normalised) {
        Certificates certificates = normalised.certificates();
        if (certificates == null || certificates.mode() != CertificateMode.OWN_FILES || !errorsAt(ProfileFields.CERTIFICATES)
                .isEmpty()) {
            return;
        }
        String domain = errorsAt(ProfileFields.DOMAIN).isEmpty() ? normalised.domain() : null;
        take(OwnCertificateRule.check(certificates.certificateFile(), certificates.keyFile(), domain, Instant.now()), null);
    }

    private List<FieldError> errorsAt(String field) {
        return new ValidationResult(null, errors, warnings).errorsFor(field);
    }

    private <T> T take(CheckedValue<T> checked, T original) {
        errors.addAll(checked.errors());
        warnings.addAll(checked.warnings());
        return checked.valueOr(original);
    }

    private String takeAscii(CheckedValue<DomainName> checked, String original) {
        errors.addAll(checked.errors());
        warnings.addAll(checked.warnings());
        return checked.isValid() ? checked.value().ascii() : original;
    }

    private <T> T present(T value, String field, String message, String code) {
        if (value == null) {
            errors.add(new FieldError(field, message, code, List.of()));
        }
        return value;
    }
}
