package org.ownmeet.installers.profile.validation;

import java.util.ArrayList;
import java.util.List;

import org.ownmeet.installers.profile.DataProtection;
import org.ownmeet.installers.profile.DataProtection.ControllerType;
import org.ownmeet.installers.profile.DataProtection.LegalBasis;
import org.ownmeet.installers.profile.ProfileFields;

/**
 * The GDPR facts behind the documents: one lawful basis per purpose (public bodies cannot rely on
 * legitimate interests for their tasks, Art. 6(1) second sentence; a public task or a legal duty needs
 * its law, Art. 6(3)), a data protection officer where Art. 37(1)(a) requires one, the authority to
 * complain to, where the server stands, and who takes part. A profile from before these questions
 * (schema 1) has none: that is a warning, and the documents say what is still to be answered.
 */
public final class DataProtectionRule {
    static final int LONGEST_TEXT = 300;

    private DataProtectionRule() {
    }

    public static CheckedValue<DataProtection> check(DataProtection facts) {
        if (facts == null) {
            return CheckedValue.valid(null, List.of(new FieldWarning(ProfileFields.DATA_PROTECTION, "Data protection: not answered"
                    + " yet, so the privacy notice and the record of processing cannot name the legal basis",
                    "data-protection.missing", List.of())));
        }
        List<FieldError> errors = new ArrayList<>();
        List<FieldWarning> warnings = new ArrayList<>();
        ControllerType type = facts.controllerType();
        if (type == null) {
            errors.add(new FieldError(ProfileFields.CONTROLLER_TYPE, "Kind of organisation: choose school or public body, company,"
                    + " association or individual", "controller-type.missing", List.of()));
        }
        basis(errors, ProfileFields.MEETINGS_BASIS, "Legal basis of the meetings", facts.meetingsBasis(), type);
        basis(errors, ProfileFields.SECURITY_BASIS, "Legal basis of the security logs", facts.securityBasis(), type);
        basis(errors, ProfileFields.ACCOUNTS_BASIS, "Legal basis of the host accounts", facts.accountsBasis(), type);
        if (facts.securityBasis() == LegalBasis.CONSENT) {
            errors.add(new FieldError(ProfileFields.SECURITY_BASIS, "Legal basis of the security logs: not consent. The logs are"
                    + " kept for everyone, so they cannot depend on each person's consent", "legal-basis.security-consent",
                    List.of()));
        }
        if (facts.meetingsBasis() == LegalBasis.CONSENT && facts.participationObligatory()) {
            errors.add(new FieldError(ProfileFields.MEETINGS_BASIS, "Legal basis of the meetings: consent is not free when taking"
                    + " part is obligatory; choose the basis of the duty instead", "legal-basis.consent-obligatory", List.of()));
        }
        CheckedValue<String> provision = PlainTextRule.check(ProfileFields.LEGAL_PROVISION, "Law behind the task",
                facts.legalProvision(), needsLaw(facts) ? "Law behind the task: name the law that sets the task or the duty"
                        + " (for example the school law of your state)" : null, "legal-provision.missing", LONGEST_TEXT, false);
        CheckedValue<String> officer = new EmailAddressRule("Data protection officer's e-mail", officerRequired(type)
                ? "Data protection officer's e-mail: missing. Public bodies and schools must have a data protection officer"
                + " (Art. 37 GDPR), and the notice gives their contact" : null, "officer-email.required", false)
                .check(ProfileFields.OFFICER_EMAIL, facts.officerEmail());
        CheckedValue<DataProtection.SupervisoryAuthority> authority = PlaceRule.authority(facts.supervisoryAuthority());
        CheckedValue<DataProtection.Hosting> hosting = PlaceRule.hosting(facts.hosting());
        CheckedValue<DataProtection.Transfer> transfer = PlaceRule.transfer(facts.transfer(), hosting.value());
        if (facts.participants().isEmpty()) {
            errors.add(new FieldError(ProfileFields.PARTICIPANTS, "Who takes part: choose at least one group (pupils and minors,"
                    + " staff, customers, guests)", "participants.missing", List.of()));
        }
        for (CheckedValue<?> part : List.of(provision, officer, authority, hosting, transfer)) {
            errors.addAll(part.errors());
            warnings.addAll(part.warnings());
        }
        DataProtection normalised = errors.isEmpty() ? new DataProtection(type, facts.meetingsBasis(), facts.securityBasis(),
                facts.accountsBasis(), provision.value(), facts.participationObligatory(), officer.value(), authority.value(),
                hosting.value(), transfer.value(), facts.participants().stream().distinct().toList()) : null;
        return new CheckedValue<>(normalised, errors, warnings);
    }

    /** Whether this kind of controller must have a data protection officer (Art. 37(1)(a): public bodies and schools). */
    public static boolean officerRequired(ControllerType type) {
        return type == ControllerType.PUBLIC_BODY;
    }

    private static boolean needsLaw(DataProtection facts) {
        return List.of(basisOrNone(facts.meetingsBasis()), basisOrNone(facts.securityBasis()), basisOrNone(facts.accountsBasis()))
                .stream().anyMatch(LegalBasis::needsLaw);
    }

    private static LegalBasis basisOrNone(LegalBasis basis) {
        return basis == null ? LegalBasis.CONSENT : basis;
    }

    private static void basis(List<FieldError> errors, String field, String label, LegalBasis basis, ControllerType type) {
        if (basis == null) {
            errors.add(new FieldError(field, label + ": choose the letter of Art. 6(1) GDPR it rests on", "legal-basis.missing",
                    List.of()));
        } else if (basis == LegalBasis.LEGITIMATE_INTERESTS && type == ControllerType.PUBLIC_BODY) {
            errors.add(new FieldError(field, label + ": a school or public body cannot rely on legitimate interests for its"
                    + " tasks (Art. 6(1) GDPR, last sentence); choose the public task (e) and name its law",
                    "legal-basis.public-body-interests", List.of()));
        } else if (basis == LegalBasis.PUBLIC_TASK && type == ControllerType.INDIVIDUAL) {
            errors.add(new FieldError(field, label + ": a private person has no public task; choose contract (b), legitimate"
                    + " interests (f) or consent (a)", "legal-basis.individual-public-task", List.of()));
        }
    }
}
