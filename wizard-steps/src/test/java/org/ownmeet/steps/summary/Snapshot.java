package org.ownmeet.steps.summary;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * A picture of a whole page (also what is scrolled out of view) as the headless toolkit draws it, at the
 * width it is shown ({@code StepTests.show}: the content area of the app's 1040-pixel window beside its
 * step list), as PNG in {@code target/screenshots}, or in {@code -Downmeet.screenshots.dir=...} (how
 * docs/screenshots is made).
 */
final class Snapshot {
    private Snapshot() {
    }

    static void save(Node page, String name) throws IOException {
        CompletableFuture<WritableImage> taken = new CompletableFuture<>();
        Platform.runLater(() -> {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.WHITE);
            taken.complete(page.snapshot(parameters, null));
        });
        WritableImage image;
        try {
            image = taken.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IOException("no picture of the page", e);
        }
        BufferedImage png = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        String dir = System.getProperty("ownmeet.screenshots.dir");
        Path folder = dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.dir"), "target", "screenshots");
        ImageIO.write(png, "png", Files.createDirectories(folder).resolve(name).toFile());
    }
}
