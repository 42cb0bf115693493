package org.ownmeet.installers.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The user's request, made on another thread, that a running {@link Engine#apply} stop. The engine
 * looks at it at its safe points: before each step, between a step's changes, before the restarts.
 * One per run: a new run starts with a new one.
 */
public final class Cancellation {
    /** The id under which the restarts at the end of a run are listed, as in a {@link Plan}. */
    public static final String RESTARTS = "restarts";
    private volatile boolean requested;

    public void request() {
        requested = true;
    }

    public boolean isRequested() {
        return requested;
    }

    /** A safe point: stops the run here if asked to. */
    void checkpoint() {
        if (requested) {
            throw new Requested();
        }
    }

    /** Thrown at a safe point; the engine turns it, like a command cut off by the cancel, into {@link Stopped}. */
    static final class Requested extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Requested() {
            super("stopped at a safe point as asked", null, false, false);
        }
    }

    /**
     * How {@link Engine#apply} ends when it stopped as asked: every step in {@code done} is complete,
     * those in {@code left} were not run or not to their end ({@code restarts} among them when services
     * were still to restart). Host accounts made before the stop come with their one-time passwords.
     */
    public static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final List<String> done;
        private final List<String> left;

        /**
         * @param steps       every installer's id, in order
         * @param position    the installer being worked on when the run stopped (all before it are done);
         *                    the number of installers once all are done
         * @param restartsDue services were still to be restarted
         */
        static Stopped at(List<String> steps, int position, boolean restartsDue, List<ApplyContext.HostCredential> newHosts,
                          Throwable cause) {
            int reached = Math.min(position, steps.size());
            List<String> left = new ArrayList<>(steps.subList(reached, steps.size()));
            if (restartsDue) {
                left.add(RESTARTS);
            }
            return new Stopped(steps.subList(0, reached), left, newHosts, cause);
        }

        private Stopped(List<String> done, List<String> left, List<ApplyContext.HostCredential> newHosts, Throwable cause) {
            super("stopped as asked; done: " + done + "; left: " + left, cause instanceof Requested ? null : cause);
            this.done = List.copyOf(done);
            this.left = List.copyOf(left);
            HostsMadeBefore.attach(this, newHosts);
        }

        public List<String> done() {
            return done;
        }

        public List<String> left() {
            return left;
        }

        public List<ApplyContext.HostCredential> newHosts() {
            return HostsMadeBefore.in(this);
        }
    }
}
