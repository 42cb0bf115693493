package org.ownmeet.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C while apply runs: instead of leaving the server mid-command, the run is cancelled (the
 * command running now is ended, no further step begins) and the JVM's end waits, a little, until the
 * command has said what was done and what is left. A JVM shutdown hook is the only place Java sees
 * Ctrl-C; the exit status stays the shell's usual 130.
 */
final class CancelOnCtrlC implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);
    private final Runnable cancel;
    private final PrintWriter out;
    private final Duration wait;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::interrupted, "ownmeet-ctrl-c");

    CancelOnCtrlC(Runnable cancel, PrintWriter out, Duration wait) {
        this.cancel = cancel;
        this.out = out;
        this.wait = wait;
    }

    static CancelOnCtrlC install(Runnable cancel, PrintWriter out) {
        CancelOnCtrlC ctrlC = new CancelOnCtrlC(cancel, out, WAIT);
        Runtime.getRuntime().addShutdownHook(ctrlC.hook);
        return ctrlC;
    }

    /** The hook: cancel, then wait for the command's last words (or the time limit). */
    void interrupted() {
        if (finished.getCount() == 0) {
            return;
        }
        out.println();
        out.println("Stopping safely: the command running on the server is ended, no further step begins (a few seconds)...");
        out.flush();
        cancel.run();
        try {
            finished.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command has printed everything: Ctrl-C no longer cancels, and a running hook may let the JVM end. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it returns now that the command is finished
        }
    }
}
