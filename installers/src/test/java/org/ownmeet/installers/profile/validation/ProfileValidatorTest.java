package org.ownmeet.installers.profile.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ownmeet.installers.profile.validation.Edits.all;
import static org.ownmeet.installers.profile.validation.Edits.domain;
import static org.ownmeet.installers.profile.validation.Edits.selfSigned;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.AccessLog;
import org.ownmeet.installers.profile.Profile.Logging;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.profile.ProfileSamples;

class ProfileValidatorTest {

    @Test
    void theSampleIsValidAndStaysAsItIs() {
        ValidationResult result = ProfileValidator.validate(ProfileSamples.school());
        assertEquals(List.of(), result.errors());
        assertEquals(List.of(), result.warnings());
        assertEquals(ProfileSamples.school(), result.normalised());
    }

    @Test
    void aNewProfileAsksExactlyForWhatOnlyTheUserKnows() {
        ValidationResult result = ProfileValidator.validate(Profile.newProfile());
        assertEquals(List.of(ProfileFields.SERVER_HOST, ProfileFields.SERVER_USER, ProfileFields.DOMAIN, ProfileFields.ADMIN_EMAIL,
                ProfileFields.ORGANISATION_NAME, ProfileFields.ORGANISATION_CONTACT),
                result.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of(ProfileFields.HOST_ACCOUNTS, ProfileFields.DATA_PROTECTION),
                result.warnings().stream().map(FieldWarning::field).toList());
    }

    @Test
    void theNormalisedProfileHasEveryFieldInTheFormTheEngineUses() {
        Profile typed = all(domain("Meet.Müller-Schule.de"), Edits.adminEmail("IT@Müller-Schule.de"), Edits.hosts("Anna", "BEN"),
                Edits.server(s -> s.withHost("[2001:DB8::5]"))).apply(ProfileSamples.school());
        ValidationResult result = ProfileValidator.validate(typed);
        assertTrue(result.isValid(), result.errors().toString());
        Profile normalised = result.normalised();
        assertEquals("meet.xn--mller-schule-dlb.de", normalised.domain());
        assertEquals("IT@xn--mller-schule-dlb.de", normalised.adminEmail());
        assertEquals(List.of(new Profile.HostAccount("anna"), new Profile.HostAccount("ben")), normalised.hostAccounts());
        assertEquals("2001:db8::5", normalised.server().host());
        assertEquals(typed.organisation(), normalised.organisation());
    }

    @Test
    void aFieldWithAnErrorKeepsWhatTheUserTyped() {
        Profile typed = domain("https://Meet.Example.org/").apply(ProfileSamples.school());
        ValidationResult result = ProfileValidator.validate(typed);
        assertFalse(result.isValid());
        assertEquals("https://Meet.Example.org/", result.normalised().domain());
    }

    @Test
    void errorsForAGroupIncludeItsFields() {
        ValidationResult result = ProfileValidator.validate(all(Edits.server(s -> s.withHost("")), Edits.server(s -> s.withPort(0)))
                .apply(ProfileSamples.school()));
        assertEquals(2, result.errorsFor(ProfileFields.SERVER).size());
        assertEquals(1, result.errorsFor(ProfileFields.SERVER_PORT).size());
        assertEquals(List.of(), result.errorsFor("serv"));
    }

    @Test
    void warnsOfADomainThatMixesLookAlikeAlphabets() {
        // the "а" in "schule-аm-see" is Cyrillic
        Edits.assertWarned(domain("meet.schule-\u0430m-see.de"), ProfileFields.DOMAIN, "Domain: the part \"schule-аm-see\" mixes"
                + " letters of different alphabets that can look the same");
    }

    @Test
    void anEncodedPartIsShownAsWhatItStandsFor() {
        // xn--invalid is valid punycode (five CJK ideographs), so Let's Encrypt would take it: it is a warning, not an error
        Edits.assertWarned(domain("xn--invalid.schule-am-see.de"), ProfileFields.DOMAIN, "Domain: the part xn--invalid stands for"
                + " \"曌曓曐曒曌\"; check that this is the name you mean");
        Edits.assertWarned(all(selfSigned(), domain("XN--BCHER-KVA.example")), ProfileFields.DOMAIN, "stands for \"bücher\"");
    }

    @Test
    void warnsThatAnAnonymisedAccessLogKeptNoDaysMakesNoDifference() {
        Edits.assertWarned(p -> p.withLogging(new Logging(0, AccessLog.ANONYMISED)), ProfileFields.ACCESS_LOG,
                "Access log: with 0 days no access log is kept");
    }

    @Test
    void aDomainTypedWithAccentsIsNoReasonForAWarning() {
        ValidationResult result = ProfileValidator.validate(domain("meet.müller-schule.de").apply(ProfileSamples.school()));
        assertEquals(List.of(), result.warnings());
        assertNotEquals(ProfileSamples.school().domain(), result.normalised().domain());
    }
}
