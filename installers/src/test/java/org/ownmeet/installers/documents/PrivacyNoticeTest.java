package org.ownmeet.installers.documents;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileSamples;

class PrivacyNoticeTest {
    private static final Profile SCHOOL = ProfileSamples.school();

    @Test
    void namesTheControllerAndStatesTheRealRetention() {
        String notice = PrivacyNotice.html(SCHOOL.withLanguage("en"));
        assertTrue(notice.contains("Schule am See<br>Seeweg 1<br>12345 Seedorf"), notice);
        assertTrue(notice.contains("mailto:datenschutz@schule-am-see.de"));
        assertTrue(notice.contains("shortened IP addresses (only the first half is kept: 203.0.X.X, 2001:db8::X) and deletes these records\nafter 7 days"), notice);
        assertTrue(notice.contains("kept for 7 days"));
        assertFalse(notice.contains("each then sees the other's"), "peer-to-peer is off in this profile");
        assertFalse(notice.contains("Data protection officer"), "none given");
        assertFalse(notice.contains("${"), "every value filled in");
    }

    @Test
    void followsTheSettings() {
        Profile noLogs = SCHOOL.withLanguage("en").withLogging(new Profile.Logging(0, Profile.AccessLog.ANONYMISED))
                .withOptions(new Profile.Options(true, false, false));
        String notice = PrivacyNotice.html(noLogs);
        assertTrue(notice.contains("keeps no access log"), "0 days: no access log, whatever the access-log choice");
        assertTrue(notice.contains("deleted within one day"));
        assertTrue(notice.contains("each then sees the other's"), "peer-to-peer on");
        String one = PrivacyNotice.html(SCHOOL.withLanguage("en").withLogging(new Profile.Logging(1, Profile.AccessLog.OFF)));
        assertTrue(one.contains("kept for 1 day to") && one.contains("keeps no access log"), one);
    }

    @Test
    void germanAsTheProfileAsks() {
        String notice = PrivacyNotice.html(SCHOOL);
        assertTrue(notice.contains("<html lang=\"de\">"));
        assertTrue(notice.contains("nach 7 Tagen"), notice);
        assertTrue(notice.contains("Datenschutz-Grundverordnung"));
    }

    @Test
    void everyValueIsEscaped() {
        Profile hostile = SCHOOL.withLanguage("en").withOrganisation(new Profile.Organisation("<script>alert(1)</script> & \"Co\"",
                "Street 1", "office@example.org", "Dr. <b>Data</b>"));
        String notice = PrivacyNotice.html(hostile);
        assertFalse(notice.contains("<script>alert"), notice);
        assertTrue(notice.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"), notice);
        assertTrue(notice.contains("Data protection officer: Dr. &lt;b&gt;Data&lt;/b&gt;"));
    }
}
