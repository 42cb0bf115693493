package org.ownmeet.installers.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoticeBannerTest {

    @Test
    void namesTheOrganisationAndLinksTheNotice() {
        String banner = NoticeBanner.html("en", "Schule am See");
        assertTrue(banner.contains("Video meetings run by Schule am See. Encrypted in transit; audio and video are decrypted on this"
                + " server."), banner);
        assertTrue(banner.contains("<a href=\"/ownmeet/privacy-notice.html\""));
        assertTrue(NoticeBanner.html("de", "Schule am See").contains("Datenschutzhinweise</a>"));
    }

    @Test
    void nothingInTheNameCanEndTheNginxStringOrBecomeMarkup() {
        String name = "O'Brien & \"Sons\" <b> $host \\ {x}; Müller";
        String text = NoticeBanner.escaped(name);
        assertEquals("O&#39;Brien &#38; &#34;Sons&#34; &#60;b&#62; &#36;host &#92; &#123;x&#125;; M&#252;ller", text);
        String banner = NoticeBanner.html("en", name);
        assertFalse(banner.contains("'"), "no quote that would end nginx's single-quoted string");
        assertFalse(banner.contains("$") || banner.contains("\\"), "no nginx variable, no escape");
    }
}
