package org.ownmeet.installers.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.DataProtection.ControllerType;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.VerificationReport;

/** The documents say what the profile and the server say, escape what the deployer typed, and hold no secret. */
class DocumentTruthTest {
    private static final String CANARY = "CANARY-7f3a9-not-for-documents";

    @Test
    void aChangedRetentionChangesBothDocumentsInEveryFormat() {
        Profile school = DocumentSamples.profile(ControllerType.PUBLIC_BODY, "en");
        for (int days : List.of(7, 13)) {
            DocumentFacts facts = DocumentRendering.facts(school.withLogging(new Profile.Logging(days, Profile.AccessLog.ANONYMISED)),
                    "en");
            for (DocumentFormat format : List.of(DocumentFormat.HTML, DocumentFormat.MARKDOWN, DocumentFormat.PDF)) {
                for (DocumentKind kind : DocumentKind.values()) {
                    String text = DocumentRendering.oneLine(DocumentRendering.raw(kind, format, facts));
                    assertTrue(text.contains("after at most " + (days + 1) + " days"), kind + " " + format + " " + days);
                }
            }
            assertTrue(DocumentRendering.raw(DocumentKind.PRIVACY_NOTICE, DocumentFormat.JSON, facts)
                    .contains("\"retentionAtMostDays\" : " + (days + 1)));
        }
    }

    @Test
    void theSettingsDecideTheSentences() {
        Profile school = DocumentSamples.profile(ControllerType.PUBLIC_BODY, "en");
        String off = html(school);
        assertTrue(off.contains("meeting page&#39;s own recording button is switched off"), off);
        assertTrue(off.contains("meetings of two also run through the videobridge"));
        assertTrue(off.contains("first two of eight groups (2001:db8::X)"));
        Profile open = school.withOptions(new Profile.Options(true, false, false, true))
                .withLogging(new Profile.Logging(0, Profile.AccessLog.OFF));
        String on = html(open);
        assertTrue(on.contains("when someone does, everyone in the meeting is told"));
        assertTrue(on.contains("are not decrypted on this server; each device learns the other&#39;s IP address"));
        assertTrue(on.contains("The web server keeps no access log."));
        assertTrue(on.contains("deleted after at most 1 day."));
    }

    @Test
    void aScriptInTheOrganisationsNameIsTextInEveryFormat() throws IOException {
        Profile school = DocumentSamples.profile(ControllerType.COMPANY, "en");
        Profile hostile = school.withOrganisation(new Profile.Organisation("<script>alert(1)</script> & *Co*", "Street 1",
                "office@example.org", "Dr. <b>Data</b>", school.organisation().dataProtection()));
        DocumentFacts facts = DocumentRendering.facts(hostile, "en");
        for (DocumentKind kind : DocumentKind.values()) {
            String html = DocumentRendering.raw(kind, DocumentFormat.HTML, facts);
            assertFalse(html.contains("<script>") || html.contains("<b>Data"), html);
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; *Co*"));
            String markdown = DocumentRendering.raw(kind, DocumentFormat.MARKDOWN, facts);
            assertFalse(markdown.contains("<script>"), markdown);
            assertTrue(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \\*Co\\*"), markdown);
            assertTrue(DocumentRendering.raw(kind, DocumentFormat.PDF, facts).contains("<script>alert(1)</script> & *Co*"),
                    "the PDF shows the name as the text it is");
        }
    }

    @Test
    void noSecretAndNoServerAccessDetailInAnyDocument() {
        Profile school = DocumentSamples.profile(ControllerType.PUBLIC_BODY, "de")
                .withServer(new Profile.Server("198.51.100.77", 2222, "admin-canary-user"));
        VerificationReport report = new VerificationReport("meet.schule-am-see.de", List.of(CheckResult.failed(CheckId.HOST_LOGIN,
                "The host could not log in with " + CANARY, "password " + CANARY)));
        DocumentFacts facts = DocumentFactsBuilder.of(school, new ServerEvidence(report, Instant.now(), Map.of()), "de",
                DocumentRendering.DAY, false);
        for (DocumentKind kind : DocumentKind.values()) {
            for (DocumentFormat format : DocumentFormat.values()) {
                String text = new String(Documents.render(kind, format, facts), StandardCharsets.ISO_8859_1)
                        + DocumentRendering.raw(kind, format, facts);
                for (String secret : List.of(CANARY, "198.51.100.77", "2222", "admin-canary-user")) {
                    assertFalse(text.contains(secret), secret + " in " + kind + " " + format);
                }
            }
        }
    }

    @Test
    void thePdfIsTaggedWithEmbeddedFontsAndItsLanguage() throws IOException {
        DocumentFacts facts = DocumentRendering.facts(DocumentSamples.profile(ControllerType.ASSOCIATION, "it"), "it");
        byte[] pdf = Documents.render(DocumentKind.RECORD_OF_PROCESSING, DocumentFormat.PDF, facts);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            assertTrue(document.getDocumentCatalog().getStructureTreeRoot() != null);
            assertEquals("it", document.getDocumentCatalog().getLanguage());
            assertEquals("Videoconferenze su meet.schule-am-see.de", document.getDocumentInformation().getTitle());
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            }
        }
        String text = DocumentRendering.oneLine(DocumentRendering.pdfText(pdf));
        assertTrue(text.contains("(f) Termini di cancellazione"), text);
        assertTrue(text.contains("dopo 8 giorni"), text);
    }

    @Test
    void everyLanguageHasEveryText() {
        Properties english = DocumentTexts.load("en");
        for (String language : DocumentTexts.LANGUAGES) {
            Properties texts = DocumentTexts.load(language);
            assertEquals(english.keySet(), texts.keySet(), language);
            texts.forEach((key, value) -> assertFalse(value.toString().isBlank(), language + " " + key));
        }
        for (CheckId check : CheckId.values()) {
            assertTrue(english.containsKey("check." + check.id()), check.id());
        }
    }

    @Test
    void theVideobridgeServersAreNamedWhereAudioAndVideoPass() {
        Profile school = DocumentSamples.profile(ControllerType.PUBLIC_BODY, "en");
        assertFalse(html(school).contains("further videobridge server"));
        Profile bridged = school.withBridges(List.of(new Profile.Bridge("bridge2", "203.0.113.6", 22, "debian"),
                new Profile.Bridge("bridge3", "bridge3.schule.example", 22, "debian")));
        assertTrue(html(bridged).contains("pass instead through a further videobridge server of this service (203.0.113.6,"
                + " bridge3.schule.example)"), html(bridged));
        for (String language : List.of("de", "it")) {
            String markdown = DocumentRendering.raw(DocumentKind.PRIVACY_NOTICE, DocumentFormat.MARKDOWN,
                    DocumentRendering.facts(bridged, language));
            assertTrue(markdown.contains("(203.0.113.6, bridge3.schule.example)"), language + ": " + markdown);
        }
        for (DocumentFormat format : List.of(DocumentFormat.HTML, DocumentFormat.MARKDOWN)) {
            String record = DocumentRendering.oneLine(DocumentRendering.raw(DocumentKind.RECORD_OF_PROCESSING, format,
                    DocumentRendering.facts(bridged, "en")));
            assertTrue(record.contains("(203.0.113.6, bridge3.schule.example), which handles them"), format + ": " + record);
        }
    }

    private static String html(Profile profile) {
        return DocumentRendering.oneLine(DocumentRendering.raw(DocumentKind.PRIVACY_NOTICE, DocumentFormat.HTML,
                DocumentRendering.facts(profile, "en")));
    }
}
