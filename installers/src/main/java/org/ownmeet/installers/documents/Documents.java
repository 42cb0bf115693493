package org.ownmeet.installers.documents;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Both documents of the GDPR file in every format, from one set of {@link DocumentFacts}: HTML for
 * the web and for print, PDF from the print HTML, Markdown, and the facts themselves as JSON.
 */
public final class Documents {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Documents() {
    }

    public static byte[] render(DocumentKind kind, DocumentFormat format, DocumentFacts facts) {
        return switch (format) {
            case HTML -> utf8(DocumentTemplates.html(kind, facts, false));
            case PDF -> PdfDocument.of(DocumentTemplates.html(kind, facts, true));
            case MARKDOWN -> utf8(DocumentTemplates.markdown(kind, facts));
            case JSON -> utf8(json(facts));
        };
    }

    /** The file name of a document ("record-of-processing-de.pdf"); the JSON of the facts is shared by both. */
    public static String fileName(DocumentKind kind, DocumentFormat format, String language) {
        String base = format == DocumentFormat.JSON ? "gdpr-facts" : kind.base();
        return base + "-" + language + "." + format.extension();
    }

    private static String json(DocumentFacts facts) {
        try {
            return JSON.writeValueAsString(facts) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the document facts could not be written as JSON", e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
