package org.ownmeet.steps.work;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.ownmeet.installers.problem.Problem;

/**
 * Runs slow work (SSH, the engine, DNS look-ups, reading files) off the UI thread, one piece at a
 * time (one SSH connection does one thing at a time), and hands its result back on the UI thread.
 * Tests use {@link #direct()}: work and results run at once on the caller's thread.
 *
 * <pre>work.task(() -> session.plan(profile))
 *     .onSuccess(plan -> ...)
 *     .onProblem(problem -> ...)
 *     .andFinally(() -> busy.set(false))
 *     .start();</pre>
 */
public final class EngineWork {
    private final Executor background;
    private final Executor ui;

    public EngineWork(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Work on one daemon thread, results through {@code ui} (the wizard passes {@code Platform::runLater}). */
    public static EngineWork singleThread(Executor ui) {
        return new EngineWork(workThread(), ui);
    }

    /** The one daemon thread work runs on. */
    public static ExecutorService workThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ownmeet-engine-work");
            t.setDaemon(true);
            return t;
        });
    }

    /** Everything on the caller's thread, for view-model tests without a toolkit. */
    public static EngineWork direct() {
        return new EngineWork(Runnable::run, Runnable::run);
    }

    /** Runs {@code action} on the UI thread (events from running work, batched by the caller). */
    public void onUi(Runnable action) {
        ui.execute(action);
    }

    public <T> Task<T> task(Callable<T> work) {
        return new Task<>(work);
    }

    /** One piece of work; the callbacks run on the UI thread, {@code andFinally} last. */
    public final class Task<T> {
        private final Callable<T> work;
        private Consumer<T> onSuccess = result -> {
        };
        private Consumer<Problem> onProblem = problem -> {
        };
        private Consumer<RuntimeException> onBug;
        private Runnable andFinally = () -> {
        };

        private Task(Callable<T> work) {
            this.work = work;
        }

        public Task<T> onSuccess(Consumer<T> action) {
            onSuccess = action;
            return this;
        }

        /** What OwnMeet knows can go wrong: a {@link Problem}, with its plain message. */
        public Task<T> onProblem(Consumer<Problem> action) {
            onProblem = action;
            return this;
        }

        /** Anything else (a bug); by default shown as a problem of its own so the page never hangs. */
        public Task<T> onUnexpected(Consumer<RuntimeException> action) {
            onBug = action;
            return this;
        }

        public Task<T> andFinally(Runnable action) {
            andFinally = action;
            return this;
        }

        public void start() {
            background.execute(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Problem problem) {
                    ui.execute(() -> finish(() -> onProblem.accept(problem)));
                    return;
                } catch (Exception | Error e) {
                    RuntimeException bug = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                    ui.execute(() -> finish(() -> {
                        if (onBug != null) {
                            onBug.accept(bug);
                        } else {
                            onProblem.accept(new UnexpectedProblem(bug));
                        }
                    }));
                    return;
                }
                ui.execute(() -> finish(() -> onSuccess.accept(result)));
            });
        }

        private void finish(Runnable outcome) {
            try {
                outcome.run();
            } finally {
                andFinally.run();
            }
        }
    }
}
