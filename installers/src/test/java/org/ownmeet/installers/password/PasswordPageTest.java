package org.ownmeet.installers.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.documents.PrivacyNotice;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.installers.profile.validation.LanguageRule;

class PasswordPageTest {
    private static final Profile SCHOOL = ProfileSamples.school();

    @Test
    void everyLanguageHasEveryText() {
        var english = PasswordPage.texts("en", PasswordStrengthRule.STANDARD).keySet();
        for (String language : PasswordPage.LANGUAGES) {
            assertEquals(english, PasswordPage.texts(language, PasswordStrengthRule.STANDARD).keySet(), language);
            assertTrue(PasswordPage.texts(language, PasswordStrengthRule.STANDARD).get("intro").contains("{domain}"), language);
        }
        for (String language : new String[] {"en", "de", "it"}) {
            if (LanguageRule.isAvailable(language)) {
                assertTrue(PasswordPage.LANGUAGES.contains(language), "a profile in " + language + " gets its page");
            }
        }
    }

    @Test
    void thePageCarriesTheRulesFiguresAndSaysTheRule() {
        String page = PasswordPage.html(SCHOOL.withLanguage("en"));
        assertTrue(page.contains("data-minimum-length=\"12\""), page);
        assertTrue(page.contains("data-not-containing-the-user-name=\"true\""));
        assertTrue(page.contains("data-not-the-current-password=\"true\""));
        assertTrue(page.contains("At least 12 characters. Does not contain your user name. Not your current password."), page);
        assertTrue(page.contains("data-domain=\"" + SCHOOL.domain() + "\" data-bosh=\"/http-bind\""));
        assertTrue(page.contains("<html lang=\"en\">"));
        assertFalse(page.contains("${"), "every value filled in");
    }

    @Test
    void inTheProfilesLanguage() {
        assertTrue(PasswordPage.html(SCHOOL.withLanguage("de")).contains("<h1>Mein Passwort ändern</h1>"));
        assertTrue(PasswordPage.html(SCHOOL.withLanguage("de")).contains("Mindestens 12 Zeichen."));
        assertTrue(PasswordPage.html(SCHOOL.withLanguage("it")).contains("<h1>Cambia la mia password</h1>"));
    }

    /** The policy allows no inline code: every script and style comes from a file, no element carries a handler or a style. */
    @Test
    void noInlineScriptOrStyleAndNothingFromAnotherHost() {
        for (String language : PasswordPage.LANGUAGES) {
            String page = PasswordPage.html(SCHOOL.withLanguage(language));
            Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(page);
            int count = 0;
            while (scripts.find()) {
                count++;
                assertTrue(scripts.group(1).contains(" src=\""), scripts.group());
                assertEquals("", scripts.group(2), "no inline script");
            }
            assertEquals(2, count, "the library and the page's script");
            assertFalse(page.contains("<style"), language);
            assertFalse(Pattern.compile("\\s(style|on[a-z]+)=").matcher(page).find(), language);
            assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(page).find(), "only this server's own paths");
        }
    }

    @Test
    void theScriptUsesStrophesBuilderAndWritesNoHtml() {
        Profile odd = SCHOOL.withLanguage("en");
        String page = PasswordPage.html(odd);
        assertTrue(page.contains("For hosts of the video meetings at <span class=\"domain\">" + odd.domain() + "</span>: replace"), page);
        String script = PasswordPage.script();
        assertTrue(script.contains("jabber:iq:register") && script.contains("$iq("), "XEP-0077 built with Strophe's builder");
        assertFalse(script.contains("innerHTML"), "messages are shown, never written as HTML");
        assertTrue(PasswordPage.style().contains("max-width"));
    }

    @Test
    void theNoticeLinksThePage() {
        for (String language : List.of("en", "de", "it")) {
            assertTrue(PrivacyNotice.html(SCHOOL.withLanguage(language)).contains(PasswordPageFiles.url(SCHOOL.domain())), language);
        }
    }
}
