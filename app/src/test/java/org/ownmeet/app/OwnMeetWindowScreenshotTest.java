package org.ownmeet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ownmeet.testbed.display.PngImage;
import org.ownmeet.testbed.display.X11Window;
import org.ownmeet.testbed.display.XvfbDisplay;
import org.ownmeet.testbed.host.BackgroundProcess;

/**
 * The real window, as a user gets it: a separate JVM started the way the packaged app is
 * (class path, {@link Main}), on an X display, with GTK rather than Monocle. The screenshot goes to
 * {@code target/screenshots}, or to {@code -Downmeet.screenshots.dir=...} (how docs/screenshots is made).
 */
class OwnMeetWindowScreenshotTest {
    private static final int MIN_COLOURS = 200;
    private static final Pattern ICON = Pattern.compile("Icon \\((16|24|32|48|64|128|256) x \\1\\):");
    private static final Duration PAINTED_WITHIN = Duration.ofSeconds(30);

    @Test
    void theWindowIsTitledOwnMeetHasItsIconAndShowsTheWizard() throws InterruptedException {
        Path png = screenshotsDir().resolve("wizard-shell.png");
        try (XvfbDisplay display = XvfbDisplay.start();
             BackgroundProcess app = BackgroundProcess.start("ownmeet-app", appCommand(), display.environment(), Duration.ofSeconds(10))) {
            X11Window window = X11Window.awaitVisible(display, "^OwnMeet$", Duration.ofSeconds(90));
            app.requireAlive();

            assertEquals("_NET_WM_NAME(UTF8_STRING) = \"OwnMeet\"", window.property("_NET_WM_NAME").strip());
            // GTK hands the window manager one of the sizes the stage offers
            String icon = window.property("_NET_WM_ICON");
            assertTrue(ICON.matcher(icon).find(), () -> "no window icon of ours: " + icon.lines().limit(2).toList());

            PngImage shot = captureOncePainted(window, png);
            int[] size = window.size();
            assertEquals(List.of(size[0], size[1]), List.of(shot.width(), shot.height()), "screenshot has the window's size");
            assertTrue(shot.width() >= 800 && shot.height() >= 500, () -> "window too small: " + shot);
            assertTrue(shot.distinctColours() >= MIN_COLOURS,
                    () -> shot + " looks blank (" + shot.distinctColours() + " colours); app log:\n" + app.logTail(30));
        }
    }

    /** The window is mapped before its first frame is drawn, so capture until it shows content. */
    private static PngImage captureOncePainted(X11Window window, Path png) throws InterruptedException {
        long deadline = System.nanoTime() + PAINTED_WITHIN.toNanos();
        PngImage shot = PngImage.read(window.capture(png));
        while (shot.distinctColours() < MIN_COLOURS && System.nanoTime() < deadline) {
            Thread.sleep(250);
            shot = PngImage.read(window.capture(png));
        }
        return shot;
    }

    private static List<String> appCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName());
    }

    private static Path screenshotsDir() {
        String dir = System.getProperty("ownmeet.screenshots.dir");
        return dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.dir"), "target", "screenshots");
    }
}
