package org.ownmeet.installers.documents;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.DataProtection.ControllerType;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileSamples;

/** The notice as OwnMeet publishes it on the server: from the profile, in its language, the same on every run. */
class PrivacyNoticeTest {
    @Test
    void namesTheControllerAndStatesTheRealRetention() {
        String notice = PrivacyNotice.html(DocumentSamples.profile(ControllerType.PUBLIC_BODY, "en"));
        assertTrue(notice.contains("<strong>Schule am See</strong><br />Seeweg 1<br />12345 Seedorf"), notice);
        assertTrue(notice.contains("mailto:datenschutz@schule-am-see.de"));
        assertTrue(notice.contains("deleted after at most 8 days"), notice);
        assertFalse(notice.contains("As of"), "no date: the published notice changes only when a setting does");
    }

    @Test
    void theSameProfileGivesTheSameNotice() {
        Profile school = DocumentSamples.profile(ControllerType.COMPANY, "it");
        assertTrue(PrivacyNotice.html(school).equals(PrivacyNotice.html(school)));
    }

    @Test
    void inTheProfilesLanguage() {
        assertTrue(PrivacyNotice.html(DocumentSamples.profile(ControllerType.PUBLIC_BODY, "de")).contains("<html lang=\"de\""));
        assertTrue(PrivacyNotice.html(DocumentSamples.profile(ControllerType.PUBLIC_BODY, "it"))
                .contains("Informativa sul trattamento dei dati personali"));
    }

    @Test
    void aProfileFromBeforeTheQuestionsSaysWhatIsOpen() {
        Profile school = ProfileSamples.school();
        String notice = PrivacyNotice.html(school.withLanguage("en").withOrganisation(school.organisation().withDataProtection(null)));
        assertTrue(notice.contains("Not answered yet: Schule am See still has to state this."), notice);
    }
}
