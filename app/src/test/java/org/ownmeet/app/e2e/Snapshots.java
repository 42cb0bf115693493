package org.ownmeet.app.e2e;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.ownmeet.testbed.display.PngImage;
import org.ownmeet.testbed.host.HostCommand;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the wizard as the user sees it, as PNG files in {@code target/screenshots}, or in
 * {@code -Downmeet.screenshots.dir=...} (how docs/screenshots is refreshed). On an X display the
 * window's pixels are grabbed from the display (ImageMagick's {@code import}), as a screenshot tool
 * would; headless (Monocle), JavaFX draws the scene itself.
 */
public final class Snapshots {
    private static final int PAINTED = 50;

    private Snapshots() {
    }

    public static Path dir() {
        String dir = System.getProperty("ownmeet.screenshots.dir");
        return dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.dir"), "target", "screenshots");
    }

    /** Pictures the window of the scene (after pending layout and drawing) as {@code <name>.png}. */
    public static Path save(Scene scene, String name) {
        Path file = dir().resolve(name + ".png");
        return onADisplay() ? grab(scene, file) : draw(scene, file);
    }

    private static boolean onADisplay() {
        return !Boolean.getBoolean("testfx.headless") && System.getenv("DISPLAY") != null;
    }

    private static Path grab(Scene scene, Path file) {
        try {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(200); // the frame of the last pulse reaches the display
            int[] area = WaitForAsyncUtils.asyncFx(() -> new int[] {
                (int) Math.round(scene.getWindow().getX() + scene.getX()), (int) Math.round(scene.getWindow().getY() + scene.getY()),
                (int) Math.round(scene.getWidth()), (int) Math.round(scene.getHeight())}).get(30, TimeUnit.SECONDS);
            Files.createDirectories(file.getParent());
            HostCommand grab = HostCommand.of("import", "-silent", "-window", "root",
                    "-crop", area[2] + "x" + area[3] + "+" + area[0] + "+" + area[1], "+repage", file.toString()).timeout(Duration.ofSeconds(30));
            grab.run();
            // a window just mapped shows nothing until its first frame is drawn
            for (int tries = 0; PngImage.read(file).distinctColours() < PAINTED && tries < 50; tries++) {
                Thread.sleep(200);
                grab.run();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not grab " + file.getFileName(), e);
        }
    }

    private static Path draw(Scene scene, Path file) {
        try {
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(30, TimeUnit.SECONDS);
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] pixels = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
            BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            png.setRGB(0, 0, width, height, pixels, 0, width);
            Files.createDirectories(file.getParent());
            ImageIO.write(png, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not draw " + file.getFileName(), e);
        }
    }
}
