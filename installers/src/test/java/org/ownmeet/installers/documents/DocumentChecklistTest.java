package org.ownmeet.installers.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.DataProtection.ControllerType;
import org.ownmeet.installers.profile.Profile;

/**
 * Each item GDPR Art. 13(1)-(2) and 21(4) asks of the notice, and Art. 30(1)(a)-(g) of the record,
 * is there in every language and format (PDF read back as text), and each kind of controller gets
 * one lawful basis sentence per purpose, with the right to object apart where (e) or (f) applies.
 */
class DocumentChecklistTest {
    private static final List<DocumentFormat> READABLE = List.of(DocumentFormat.HTML, DocumentFormat.MARKDOWN, DocumentFormat.PDF);
    private static final Map<String, String> NOTICE_ITEMS = Map.ofEntries(
            Map.entry("13(1)(a) controller", "notice.s.controller"), Map.entry("13(1)(b) officer", "notice.s.officer"),
            Map.entry("13(1)(c) purposes and basis", "notice.s.purposes"), Map.entry("13(1)(e) recipients", "notice.s.recipients"),
            Map.entry("13(1)(f) transfers", "notice.s.transfer"), Map.entry("13(2)(a) retention", "notice.s.retention"),
            Map.entry("13(2)(b) rights", "notice.s.rights"), Map.entry("13(2)(d) complaint", "notice.complaint"),
            Map.entry("13(2)(e) obligation", "notice.s.obligation"), Map.entry("13(2)(f) automated decisions", "notice.automated"));
    private static final Map<String, String> RECORD_ITEMS = Map.of("30(1)(a)", "record.s.controller", "30(1)(b)",
            "record.s.purposes", "30(1)(c)", "record.s.categories", "30(1)(d)", "record.s.recipients", "30(1)(e)",
            "record.s.transfer", "30(1)(f)", "record.s.erasure", "30(1)(g)", "record.s.measures");

    @Test
    void everyItemInEveryLanguageAndFormatForEveryKindOfController() {
        List<String> missing = new ArrayList<>();
        for (ControllerType type : ControllerType.values()) {
            for (String language : DocumentTexts.LANGUAGES) {
                DocumentTexts texts = new DocumentTexts(language);
                DocumentFacts facts = DocumentRendering.facts(DocumentSamples.profile(type, language), language);
                for (DocumentFormat format : READABLE) {
                    String notice = DocumentRendering.oneLine(DocumentRendering.raw(DocumentKind.PRIVACY_NOTICE, format, facts));
                    String where = type + "/" + language + "/" + format + ": ";
                    NOTICE_ITEMS.forEach((item, key) -> expect(missing, where + item, notice, format, prefix(texts, key)));
                    for (DocumentFacts.Purpose purpose : facts.purposes()) {
                        expect(missing, where + "13(1)(c) basis of " + purpose.id(), notice, format,
                                prefix(texts, "basis." + purpose.basis()));
                        if (purpose.basis().equals("f")) {
                            expect(missing, where + "13(1)(d) interest", notice, format, texts.text("interest." + purpose.id()));
                        }
                    }
                    boolean objectable = facts.purposes().stream().anyMatch(p -> p.basis().equals("e") || p.basis().equals("f"));
                    assertEquals(objectable, notice.contains(DocumentRendering.inFormat(format, texts.text("notice.s.objection"))),
                            where + "21(4) the right to object shown apart exactly where (e) or (f) applies");
                    boolean consent = facts.purposes().stream().anyMatch(p -> p.basis().equals("a"));
                    assertEquals(consent, notice.contains(DocumentRendering.inFormat(format, prefix(texts, "notice.withdraw"))),
                            where + "13(2)(c) withdrawal exactly where consent is the basis");
                    String record = DocumentRendering.oneLine(DocumentRendering.raw(DocumentKind.RECORD_OF_PROCESSING, format, facts));
                    RECORD_ITEMS.forEach((item, key) -> expect(missing, where + item, record, format, texts.text(key)));
                    expect(missing, where + "authority", notice, format, facts.supervisoryAuthority().name());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void aPublicBodyRestsOnItsPublicTaskAndNeverOnLegitimateInterests() {
        DocumentFacts facts = DocumentRendering.facts(DocumentSamples.profile(ControllerType.PUBLIC_BODY, "en"), "en");
        String notice = DocumentRendering.raw(DocumentKind.PRIVACY_NOTICE, DocumentFormat.HTML, facts);
        assertTrue(notice.contains("Art. 6(1)(e) GDPR in conjunction with § 120 und § 121 Schulgesetz NRW"), notice);
        assertFalse(notice.contains("Art. 6(1)(f) GDPR: the legitimate interest"));
        assertEquals(3, notice.split("Art\\. 6\\(1\\)\\(e\\) GDPR in conjunction", -1).length - 1, "one definite basis per purpose");
    }

    @Test
    void aCompanyNamesItsInterestAndTheTransferWithItsSafeguard() {
        DocumentFacts facts = DocumentRendering.facts(DocumentSamples.profile(ControllerType.COMPANY, "en"), "en");
        String notice = DocumentRendering.oneLine(DocumentRendering.raw(DocumentKind.PRIVACY_NOTICE, DocumentFormat.PDF, facts));
        assertTrue(notice.contains("Art. 6(1)(f) GDPR: the legitimate interest of Schule am See in keeping the service secure"), notice);
        assertTrue(notice.contains("The data are transferred to United States, outside the EU/EEA. Safeguard: an adequacy decision"),
                notice);
        assertTrue(notice.contains("Cloud Example Inc. hosts the server"));
    }

    @Test
    void documentsWithoutAnswersSayWhatIsStillOpen() {
        Profile school = org.ownmeet.installers.profile.ProfileSamples.school();
        Profile unanswered = school.withLanguage("en").withOrganisation(school.organisation().withDataProtection(null));
        DocumentFacts facts = DocumentFactsBuilder.of(unanswered, ServerEvidence.none(), "en", DocumentRendering.DAY, false);
        String record = DocumentRendering.raw(DocumentKind.RECORD_OF_PROCESSING, DocumentFormat.HTML, facts);
        assertTrue(record.contains("Not answered yet: Schule am See still has to state this."));
        assertTrue(record.contains("Not verified: this record was made before the server passed a verification."));
        assertTrue(record.contains("Answer the data protection questions"));
    }

    private static String prefix(DocumentTexts texts, String key) {
        String text = texts.text(key, "org", "Schule am See", "law", "", "interest", "", "email", "", "purposes", "", "domain", "",
                "country", "", "safeguard", "", "days", "", "provider", "");
        int cut = text.indexOf(':');
        String head = cut > 8 ? text.substring(0, cut) : text;
        return head.length() > 40 ? head.substring(0, 40) : head;
    }

    private static void expect(List<String> missing, String what, String document, DocumentFormat format, String text) {
        if (!document.contains(DocumentRendering.inFormat(format, text))) {
            missing.add(what + " [" + text + "]");
        }
    }
}
