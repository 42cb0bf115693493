package org.ownmeet.installers.documents.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.ownmeet.installers.secret.Secret;

/** The handout as PDF, read back with PDFBox: one page, in the profile's language, with what the host needs. */
class HandoutTest {
    static final String PASSWORD = "tQ7mK2vXr9LpW4hZ";

    static byte[] pdf(String language, boolean desktopApps) {
        try (Secret password = Secret.of(PASSWORD)) {
            return Handout.pdf(new Handout.Content(language, "meet.schule-am-park.de", "Grundschule am Park", "alice",
                    desktopApps), password);
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theEnglishPageHoldsTheAddressTheUserNameAndThePasswordOnOnePage() throws IOException {
        byte[] pdf = pdf("en", false);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages(), "one page to hand out");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("https://meet.schule-am-park.de/"), text);
            assertTrue(text.contains("alice"), text);
            assertTrue(text.contains(PASSWORD), text);
            assertTrue(text.contains("https://meet.schule-am-park.de/ownmeet/password/"), text);
            assertTrue(text.contains("never learns it"), text);
            assertTrue(text.contains("Grundschule am Park"), text);
            assertFalse(text.contains("XMPP chat app"), "desktop apps are not allowed on this server");
            assertFalse(document.getDocumentInformation().getTitle().contains(PASSWORD));
        }
    }

    @Test
    void everyLanguageFitsOnOnePageWithTheLongestText() throws IOException {
        for (String language : Handout.LANGUAGES) {
            try (PDDocument document = Loader.loadPDF(pdf(language, true))) {
                assertEquals(1, document.getNumberOfPages(), language);
            }
        }
    }

    @Test
    void theFontsAreEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf("en", false))) {
            var resources = document.getPage(0).getResources();
            int fonts = 0;
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                fonts++;
            }
            assertTrue(fonts >= 2, "text and password fonts: " + fonts);
        }
    }

    @Test
    void germanAndItalianPagesAreInTheirLanguageAndMentionTheAppWhereAllowed() throws IOException {
        String german = text(pdf("de", true));
        assertTrue(german.contains("Einmalpasswort") && german.contains(PASSWORD), german);
        assertTrue(german.contains("alice@meet.schule-am-park.de"), "the XMPP login for the app: " + german);
        String italian = text(pdf("it", true));
        assertTrue(italian.contains("Password monouso") && italian.contains(PASSWORD), italian);
        assertTrue(italian.contains("alice@meet.schule-am-park.de"), italian);
    }

    @Test
    void everyLanguageHasEveryWord() {
        java.util.Set<String> english = words("en");
        for (String language : List.of("de", "it")) {
            assertEquals(english, words(language), language);
        }
    }

    @Test
    void anUnknownLanguageGetsTheEnglishPage() throws IOException {
        try (Secret password = Secret.of(PASSWORD)) {
            String text = text(Handout.pdf(new Handout.Content("fr", "meet.example.org", null, "bob", false), password));
            assertTrue(text.contains("Your host account for video meetings"), text);
        }
    }

    @Test
    void valuesAreEscaped() {
        try (Secret password = Secret.of("<b>&amp;</b>x")) {
            String html = Handout.html(new Handout.Content("en", "meet.example.org", "A & B <Schule>", "bob", false), password);
            assertTrue(html.contains("A &amp; B &lt;Schule&gt;"), html);
            assertTrue(html.contains("&lt;b&gt;&amp;amp;&lt;/b&gt;x"), html);
        }
    }

    private static java.util.Set<String> words(String language) {
        return java.util.ResourceBundle.getBundle("org.ownmeet.installers.documents.handout.handout",
                java.util.Locale.forLanguageTag(language), java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES)).keySet();
    }
}
