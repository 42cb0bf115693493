package org.ownmeet.app.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
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
        Thread fx = fxThread();
        while (running) {
            CountDownLatch ran = new CountDownLatch(1);
            long posted = System.nanoTime();
            Platform.runLater(ran::countDown);
            try {
                int pausedBefore = paused;
                List<StackTraceElement[]> samples = new ArrayList<>();
                while (!ran.await(10, TimeUnit.MILLISECONDS) && System.nanoTime() - posted < TimeUnit.SECONDS.toNanos(60)) {
                    if (fx != null) {
                        samples.add(fx.getStackTrace());
                    }
                }
                long waited = System.nanoTime() - posted;
                if (ran.getCount() == 0 && pausedBefore == 0 && paused == 0 && waited > longestNanos.get()) {
                    longestNanos.set(waited);
                    longestSamples = samples;
                }
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static Thread fxThread() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("JavaFX Application Thread"))
                .findFirst().orElse(null);
    }

    /** What the FX thread was doing in the phase's longest block, from samples every 10 ms: its most frequent frames. */
    private static String culprits(List<StackTraceElement[]> samples) {
        Map<String, Long> ours = samples.stream().map(FxThreadWatch::culprit)
                .collect(Collectors.groupingBy(f -> f, LinkedHashMap::new, Collectors.counting()));
        return ours.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                .map(e -> e.getValue() + "x " + e.getKey()).collect(Collectors.joining("; "));
    }

    /** The innermost frame of OwnMeet's code, and the frame on top of the stack. */
    private static String culprit(StackTraceElement[] stack) {
        String top = stack.length == 0 ? "?" : stack[0].getClassName().replaceAll(".*\\.", "") + "." + stack[0].getMethodName();
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("org.ownmeet")) {
                return frame.getClassName().replaceAll(".*\\.", "") + "." + frame.getMethodName() + ":" + frame.getLineNumber() + " (" + top + ")";
            }
        }
        return top;
    }

    private volatile List<StackTraceElement[]> longestSamples = List.of();
    private final Map<String, Long> byPhase = new LinkedHashMap<>();
    private final Map<String, String> doingByPhase = new LinkedHashMap<>();
    private long overallNanos;

    long longestMillis() {
        return TimeUnit.NANOSECONDS.toMillis(Math.max(overallNanos, longestNanos.get()));
    }

    /** Closes a phase of the test (a page): its longest block is kept under its name, and the next phase starts at zero. */
    synchronized void phase(String name) {
        long longest = longestNanos.getAndSet(0);
        overallNanos = Math.max(overallNanos, longest);
        byPhase.put(name, TimeUnit.NANOSECONDS.toMillis(longest));
        if (TimeUnit.NANOSECONDS.toMillis(longest) >= 100) {
            doingByPhase.put(name, culprits(longestSamples));
        }
    }

    /** For each phase whose longest block reached 100 ms: what the FX thread was doing then. */
    synchronized String culprits() {
        return doingByPhase.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
    }

    /** "welcome 12 ms, connection 30 ms, ..." */
    synchronized String phases() {
        return byPhase.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms")
                .collect(Collectors.joining(", "));
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
