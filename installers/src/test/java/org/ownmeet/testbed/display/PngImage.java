package org.ownmeet.testbed.display;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.ownmeet.testbed.host.TestBedException;

/** A captured screenshot, read back to check that it shows something. */
public final class PngImage {
    private final Path file;
    private final BufferedImage image;

    private PngImage(Path file, BufferedImage image) {
        this.file = file;
        this.image = image;
    }

    public static PngImage read(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new TestBedException(file + " is not an image ImageIO can read");
            }
            return new PngImage(file, image);
        } catch (IOException e) {
            throw new TestBedException("cannot read " + file, e);
        }
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    /** A blank or unpainted window has one or two; text, icons and anti-aliasing give hundreds. */
    public int distinctColours() {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.size();
    }

    @Override
    public String toString() {
        return file + " (" + width() + "x" + height() + ")";
    }
}
