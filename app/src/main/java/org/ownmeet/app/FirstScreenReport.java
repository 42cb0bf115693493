package org.ownmeet.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: with {@code -Downmeet.firstScreenReport=true} the app prints, once the
 * first screen has been laid out and drawn, the wall-clock time of that moment ({@code first-screen
 * <epoch millis>}), so the benchmark can time it from the moment it launched the program. With
 * {@code -Downmeet.exitAtFirstScreen=true} it prints that line and ends soon after, without starting the
 * background warm-up: the packaging's class list ({@code -XX:DumpLoadedClassList}) then holds exactly
 * what the first screen loads.
 */
final class FirstScreenReport {
    static final String PROPERTY = "ownmeet.firstScreenReport";
    static final String EXIT_PROPERTY = "ownmeet.exitAtFirstScreen";

    private FirstScreenReport() {
    }

    /**
     * Runs {@code then} once the first screen is drawn (the background warm-up, which would otherwise
     * compete with the first screen for the processor), after printing the moment if asked to.
     */
    static void whenDrawn(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // the pulse's frame is handed to the renderer after layout; the FX thread is free again after that
            Platform.runLater(() -> {
                boolean exit = Boolean.getBoolean(EXIT_PROPERTY);
                if (exit || Boolean.getBoolean(PROPERTY)) {
                    System.out.println("first-screen " + System.currentTimeMillis());
                    System.out.flush();
                }
                if (exit) {
                    endSoon();
                    return;
                }
                then.run();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** The renderer may still be drawing the first frame on its own thread, and the classes it loads belong to the first screen. */
    private static void endSoon() {
        Thread end = new Thread(() -> {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(0);
        }, "ownmeet-exit-at-first-screen");
        end.setDaemon(true);
        end.start();
    }
}
