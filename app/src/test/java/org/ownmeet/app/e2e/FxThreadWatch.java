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
    private volatile int paused;

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
                int pausedBefore = paused;
                if (ran.await(60, TimeUnit.SECONDS) && pausedBefore == 0 && paused == 0) {
                    longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                }
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private final java.util.Map<String, Long> byPhase = new java.util.LinkedHashMap<>();
    private long overallNanos;

    long longestMillis() {
        return TimeUnit.NANOSECONDS.toMillis(Math.max(overallNanos, longestNanos.get()));
    }

    /** Closes a phase of the test (a page): its longest block is kept under its name, and the next phase starts at zero. */
    synchronized void phase(String name) {
        long longest = longestNanos.getAndSet(0);
        overallNanos = Math.max(overallNanos, longest);
        byPhase.put(name, TimeUnit.NANOSECONDS.toMillis(longest));
    }

    /** "welcome 12 ms, connection 30 ms, ..." */
    synchronized String phases() {
        return byPhase.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * Runs {@code action} without counting the FX thread's time meanwhile: the test's own snapshots
     * draw the whole window on the FX thread, which no user ever waits for.
     */
    void notCounting(Runnable action) {
        paused++;
        try {
            action.run();
        } finally {
            try {
                Thread.sleep(50); // the sample in flight during the action must not count either
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            paused--;
        }
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
