package org.ownmeet.installers.profile.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.DataProtection;
import org.ownmeet.installers.profile.DataProtection.ControllerType;
import org.ownmeet.installers.profile.DataProtection.Hosting;
import org.ownmeet.installers.profile.DataProtection.LegalBasis;
import org.ownmeet.installers.profile.DataProtection.ParticipantGroup;
import org.ownmeet.installers.profile.DataProtection.Safeguard;
import org.ownmeet.installers.profile.DataProtection.SupervisoryAuthority;
import org.ownmeet.installers.profile.DataProtection.Transfer;

/** The GDPR facts: a lawful basis per purpose for each kind of controller, and plain messages with codes. */
class DataProtectionRuleTest {
    private static final DataProtection SCHOOL = new DataProtection(ControllerType.PUBLIC_BODY, LegalBasis.PUBLIC_TASK,
            LegalBasis.PUBLIC_TASK, LegalBasis.PUBLIC_TASK, " Schulgesetz NRW ", true, "dsb@schulamt.example.de",
            new SupervisoryAuthority("LDI NRW", "Kavalleriestraße 2-4\n40213 Düsseldorf"),
            new Hosting(false, "Hosting GmbH", null, "de", true), null, List.of(ParticipantGroup.PUPILS_AND_MINORS));

    @Test
    void aSchoolRestingOnItsPublicTaskIsValidAndNormalised() {
        CheckedValue<DataProtection> checked = DataProtectionRule.check(SCHOOL);
        assertEquals(List.of(), checked.errors());
        assertEquals("Schulgesetz NRW", checked.value().legalProvision());
        assertEquals("DE", checked.value().hosting().country());
    }

    @Test
    void eachUnlawfulOrMissingAnswerHasItsCode() {
        assertCode("legal-basis.public-body-interests", f -> copy(f, ControllerType.PUBLIC_BODY, LegalBasis.LEGITIMATE_INTERESTS,
                f.legalProvision(), f.participationObligatory(), f.officerEmail(), f.hosting(), f.transfer(), f.participants()));
        assertCode("legal-provision.missing", f -> copy(f, f.controllerType(), f.meetingsBasis(), null, true, f.officerEmail(),
                f.hosting(), null, f.participants()));
        assertCode("officer-email.required", f -> copy(f, f.controllerType(), f.meetingsBasis(), f.legalProvision(), true, null,
                f.hosting(), null, f.participants()));
        assertCode("legal-basis.consent-obligatory", f -> copy(f, ControllerType.COMPANY, LegalBasis.CONSENT, null, true, null,
                f.hosting(), null, f.participants()));
        assertCode("legal-basis.individual-public-task", f -> copy(f, ControllerType.INDIVIDUAL, LegalBasis.PUBLIC_TASK,
                f.legalProvision(), false, null, f.hosting(), null, f.participants()));
        assertCode("participants.missing", f -> copy(f, f.controllerType(), f.meetingsBasis(), f.legalProvision(), true,
                f.officerEmail(), f.hosting(), null, List.of()));
        assertCode("transfer.missing", f -> copy(f, f.controllerType(), f.meetingsBasis(), f.legalProvision(), true, f.officerEmail(),
                new Hosting(false, "Cloud Inc.", null, "US", true), null, f.participants()));
        assertCode("transfer.inside-eea", f -> copy(f, f.controllerType(), f.meetingsBasis(), f.legalProvision(), true,
                f.officerEmail(), f.hosting(), new Transfer("AT", Safeguard.ADEQUACY_DECISION), f.participants()));
        assertCode("country.unknown", f -> copy(f, f.controllerType(), f.meetingsBasis(), f.legalProvision(), true, f.officerEmail(),
                new Hosting(false, "Cloud Inc.", null, "Germany", true), null, f.participants()));
        assertCode("hosting.missing", f -> copy(f, f.controllerType(), f.meetingsBasis(), f.legalProvision(), true, f.officerEmail(),
                null, null, f.participants()));
    }

    @Test
    void logsCannotRestOnConsentAndAMissingContractIsAWarning() {
        DataProtection company = new DataProtection(ControllerType.COMPANY, LegalBasis.CONTRACT, LegalBasis.CONSENT,
                LegalBasis.CONTRACT, null, false, null, SCHOOL.supervisoryAuthority(), new Hosting(false, "Host", null, "DE", false),
                null, List.of(ParticipantGroup.STAFF));
        CheckedValue<DataProtection> checked = DataProtectionRule.check(company);
        assertEquals(List.of("legal-basis.security-consent"), checked.errors().stream().map(FieldError::code).toList());
        assertEquals(List.of("hosting.no-contract"), checked.warnings().stream().map(FieldWarning::code).toList());
    }

    @Test
    void noAnswersYetIsAWarningNotAnError() {
        CheckedValue<DataProtection> checked = DataProtectionRule.check(null);
        assertTrue(checked.isValid());
        assertEquals("data-protection.missing", checked.warnings().get(0).code());
    }

    private static void assertCode(String code, UnaryOperator<DataProtection> change) {
        CheckedValue<DataProtection> checked = DataProtectionRule.check(change.apply(SCHOOL));
        List<String> codes = checked.errors().stream().map(FieldError::code).toList();
        assertTrue(codes.contains(code), code + " expected, got " + checked.errors());
        checked.errors().forEach(error -> assertTrue(error.message().contains(": "), error.message()));
    }

    private static DataProtection copy(DataProtection f, ControllerType type, LegalBasis meetings, String law, boolean obligatory,
                                       String officer, Hosting hosting, Transfer transfer, List<ParticipantGroup> participants) {
        return new DataProtection(type, meetings, f.securityBasis(), f.accountsBasis(), law, obligatory, officer,
                f.supervisoryAuthority(), hosting, transfer, participants);
    }
}
