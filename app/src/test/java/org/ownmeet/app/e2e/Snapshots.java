package org.ownmeet.app.e2e;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the wizard as the user sees it, drawn by JavaFX itself from the window's scene, as PNG
 * files in {@code target/screenshots}, or in {@code -Downmeet.screenshots.dir=...} (how docs/screenshots
 * is refreshed).
 */
public final class Snapshots {
    private Snapshots() {
    }

    public static Path dir() {
        String dir = System.getProperty("ownmeet.screenshots.dir");
        return dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.dir"), "target", "screenshots");
    }

    /** Draws the scene (on the FX thread, after pending layout) and writes it as {@code <name>.png}. */
    public static Path save(Scene scene, String name) {
        try {
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(30, TimeUnit.SECONDS);
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] pixels = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
            BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            png.setRGB(0, 0, width, height, pixels, 0, width);
            Path file = dir().resolve(name + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(png, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not draw " + name, e);
        }
    }
}
