package org.ownmeet.steps.domain;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs an action once the user has stopped typing for a moment; each new call replaces the one waiting. */
@FunctionalInterface
public interface Debounce {

    /** Forgets the action waiting, if any, and runs this one after the pause. */
    void restart(Runnable action);

    /** No pause, for tests: the action runs at once. */
    static Debounce immediate() {
        return Runnable::run;
    }

    /** The action runs through {@code ui} after {@code pause} without another call. */
    static Debounce after(Duration pause, Executor ui) {
        return new Debounce() {
            private ScheduledFuture<?> waiting;

            @Override
            public synchronized void restart(Runnable action) {
                if (waiting != null) {
                    waiting.cancel(false);
                }
                waiting = Timer.THREAD.schedule(() -> ui.execute(action), pause.toMillis(), TimeUnit.MILLISECONDS);
            }
        };
    }

    /** One daemon thread that only waits; the work itself runs elsewhere. */
    final class Timer {
        static final ScheduledExecutorService THREAD = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "ownmeet-debounce");
            thread.setDaemon(true);
            return thread;
        });

        private Timer() {
        }
    }
}
