package org.ownmeet.app.e2e;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the FX thread was kept from answering: every 5 ms it posts a no-op to the FX
 * thread and times how long the no-op waited. The longest wait is the longest time the window could
 * not react to the user (a freeze). Started and stopped by the end-to-end test, which prints it.
 */
final class FxThreadWatch implements AutoCloseable {
    private final AtomicLong longestNanos = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    FxThreadWatch() {
        thread = new Thread(this::watch, "fx-thread-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (running) {
            CountDownLatch ran = new CountDownLatch(1);
            long posted = System.nanoTime();
            Platform.runLater(ran::countDown);
            try {
                if (ran.await(60, TimeUnit.SECONDS)) {
                    longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                }
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long longestMillis() {
        return TimeUnit.NANOSECONDS.toMillis(longestNanos.get());
    }

    /** Forgets what was measured so far (e.g. the window's first build, which is start-up, not a freeze). */
    void reset() {
        longestNanos.set(0);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
