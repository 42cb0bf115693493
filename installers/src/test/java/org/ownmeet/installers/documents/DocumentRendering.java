package org.ownmeet.installers.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ownmeet.installers.profile.Profile;

/** Renders a document and gives back its text as a reader sees it, whitespace made single, for every format. */
final class DocumentRendering {
    static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    private DocumentRendering() {
    }

    static DocumentFacts facts(Profile profile, String language) {
        return DocumentFactsBuilder.of(profile, DocumentSamples.verified(), language, DAY, false);
    }

    static String raw(DocumentKind kind, DocumentFormat format, DocumentFacts facts) {
        byte[] bytes = Documents.render(kind, format, facts);
        return format == DocumentFormat.PDF ? pdfText(bytes) : new String(bytes, StandardCharsets.UTF_8);
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a document, and of an expected sentence, in the same shape: as the format escapes it, on one line. */
    static String inFormat(DocumentFormat format, String text) {
        String escaped = switch (format) {
            case HTML -> com.google.common.html.HtmlEscapers.htmlEscaper().escape(text);
            case MARKDOWN -> MarkdownOutputFormat.INSTANCE.escapePlainText(text);
            default -> text;
        };
        return oneLine(escaped);
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
