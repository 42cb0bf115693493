package org.ownmeet.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The wizard's background work, held back until the first screen is drawn: on two cores, work started
 * at launch (reading the saved servers takes the JSON library, for one) would compete with drawing the
 * first screen. Work handed over before then waits in order; after, it goes straight through.
 */
final class AfterFirstScreen implements Executor {
    private final Executor work;
    private List<Runnable> waiting = new ArrayList<>();

    AfterFirstScreen(Executor work) {
        this.work = work;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            if (waiting != null) {
                waiting.add(task);
                return;
            }
        }
        work.execute(task);
    }

    /** The first screen is drawn: what waited runs, and everything after it at once. */
    void open() {
        List<Runnable> held;
        synchronized (this) {
            held = waiting;
            waiting = null;
        }
        if (held != null) {
            held.forEach(work::execute);
        }
    }
}
