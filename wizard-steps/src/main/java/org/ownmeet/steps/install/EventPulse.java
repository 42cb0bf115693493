package org.ownmeet.steps.install;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.steps.work.EngineWork;

/**
 * Hands a run's events (the engine's, and the server's output lines) to the UI thread in batches: the first event after a hand-over schedules the
 * next one a pulse later, and everything that arrives meanwhile goes with it. A package installation
 * prints thousands of lines; the UI sees ten hand-overs a second, not one per line.
 */
final class EventPulse {
    static final long PULSE_MILLIS = 100;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ownmeet-progress-pulse");
        t.setDaemon(true);
        return t;
    });

    private final Queue<Object> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean due = new AtomicBoolean();
    private final Consumer<Runnable> schedule;
    private final Consumer<List<Object>> onUi;

    /**
     * @param schedule runs the hand-over on the UI thread a pulse from now
     * @param onUi     receives each batch, in order, on the UI thread
     */
    EventPulse(Consumer<Runnable> schedule, Consumer<List<Object>> onUi) {
        this.schedule = schedule;
        this.onUi = onUi;
    }

    /** A pulse of {@value #PULSE_MILLIS} ms, handed over through {@link EngineWork#onUi}. */
    static Consumer<Runnable> every100ms(EngineWork work) {
        return drain -> TIMER.schedule(() -> work.onUi(drain), PULSE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** From any thread. */
    void offer(Object event) {
        queue.add(event);
        if (due.compareAndSet(false, true)) {
            schedule.accept(this::drain);
        }
    }

    /** The engine's events and the server's output lines go into the pulse; the connection's other events are not shown. */
    EngineListener listener() {
        return new EngineListener() {
            @Override
            public void on(EngineEvent event) {
                offer(event);
            }

            @Override
            public void on(SshEvent event) {
                if (event instanceof SshEvent.OutputLine) {
                    offer(event);
                }
            }
        };
    }

    /** On the UI thread: hands over what has come so far (also when the run ends, before its result is shown). */
    void drain() {
        due.set(false);
        List<Object> batch = new ArrayList<>();
        for (Object event = queue.poll(); event != null; event = queue.poll()) {
            batch.add(event);
        }
        if (!batch.isEmpty()) {
            onUi.accept(batch);
        }
    }
}
