package org.ownmeet.installers.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A document's print HTML as a tagged PDF (PDF/UA: structure, reading order, language and title for
 * screen readers) with DejaVu Sans embedded, so it looks the same on every computer. The font comes
 * from the jasperreports-fonts jar (DejaVu licence, a free licence that allows embedding).
 */
final class PdfDocument {
    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private PdfDocument() {
    }

    static byte[] of(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> PdfDocument.class.getResourceAsStream(FONTS + "DejaVuSans.ttf"), FONT_FAMILY, 400,
                    FontStyle.NORMAL, true);
            builder.useFont(() -> PdfDocument.class.getResourceAsStream(FONTS + "DejaVuSans-Bold.ttf"), FONT_FAMILY, 700,
                    FontStyle.NORMAL, true);
            builder.useFont(() -> PdfDocument.class.getResourceAsStream(FONTS + "DejaVuSans-Oblique.ttf"), FONT_FAMILY, 400,
                    FontStyle.ITALIC, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be made", e);
        }
        return out.toByteArray();
    }
}
