package org.ownmeet.installers.profile.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.installers.profile.Profile.Certificates;

/** The wizard checks one field as the user types, with the rule alone. */
class RulesUsedAloneTest {

    @Test
    void aDomainComesBackInBothForms() {
        CheckedValue<DomainName> checked = DomainNameRule.meetingDomain(true).check("domain", "Müller-Schule.de");
        assertTrue(checked.isValid());
        assertEquals(new DomainName("xn--mller-schule-dlb.de", "müller-schule.de"), checked.value());
        assertTrue(checked.value().isInternational());
        assertFalse(new DomainName("meet.example.org", "meet.example.org").isInternational());
    }

    @Test
    void letsEncryptsRulesApplyOnlyToItsOwnService() {
        assertTrue(LetsEncryptPolicy.applies(new Certificates(CertificateMode.LETS_ENCRYPT, Certificates.LETS_ENCRYPT, null, null)));
        assertTrue(LetsEncryptPolicy.applies(new Certificates(CertificateMode.LETS_ENCRYPT, Certificates.LETS_ENCRYPT_STAGING,
                null, null)));
        assertFalse(LetsEncryptPolicy.applies(new Certificates(CertificateMode.LETS_ENCRYPT, Edits.PEBBLE, null, null)));
        assertFalse(LetsEncryptPolicy.applies(new Certificates(CertificateMode.SELF_SIGNED, Certificates.LETS_ENCRYPT, null,
                null)));
        assertFalse(LetsEncryptPolicy.applies(null));
    }

    @Test
    void aHostUserNameComesBackAsTheServerWillKnowIt() {
        assertEquals("fish", HostUserNameRule.check("hostAccounts[0].username", 1, "ﬁsh").value());
    }

    @Test
    void anOptionalEmailMayBeEmpty() {
        assertTrue(new EmailAddressRule("Admin e-mail", null, false).check("adminEmail", "").isValid());
    }

    @Test
    void quotedInputCannotGarbleAMessage() {
        assertEquals("\"a[U+000A]b\"", Shown.quoted("a\nb"));
        assertEquals("\"" + "x".repeat(Shown.LONGEST) + "…\"", Shown.quoted("x".repeat(1000)));
    }
}
