package org.ownmeet.steps.done;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.ownmeet.installers.documents.handout.Handout;
import org.ownmeet.installers.engine.ApplyContext.HostCredential;

/** The handout's page drawn as an image for the printer, from the same PDF that Save writes, so both look alike. */
final class HandoutPage {
    static final int PRINT_DPI = 200;
    private final int width;
    private final int height;
    private final int[] pixels;

    private HandoutPage(int width, int height, int[] pixels) {
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    /** Slow (makes and draws the PDF): call it off the UI thread. */
    static HandoutPage draw(DoneViewModel viewModel, HostCredential host) throws IOException {
        byte[] pdf = Handout.pdf(viewModel.handout(host), host.oneTimePassword());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, PRINT_DPI, ImageType.RGB);
            int w = image.getWidth();
            int h = image.getHeight();
            return new HandoutPage(w, h, image.getRGB(0, 0, w, h, null, 0, w));
        } finally {
            Arrays.fill(pdf, (byte) 0);
        }
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The page as a JavaFX image (opaque ARGB). */
    WritableImage image() {
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return image;
    }

    /** Forgets the drawn page, password included. */
    void wipe() {
        Arrays.fill(pixels, 0);
    }
}
