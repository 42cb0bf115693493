package org.ownmeet.steps.install;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.HostsMadeBefore;
import org.ownmeet.installers.standard.StandardInstallers;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.session.ApplyCancelledProblem;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.EngineRun;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

/**
 * Runs the plan on the server, then checks the server from outside. Events come from the engine's
 * thread into an {@link EventPulse}; the rows, the log and the banner change on the UI thread only.
 * Cancel stops at the engine's next safe point; a failure says what was put back; Retry runs again
 * (the engine converges: what is done is found done).
 */
public final class InstallViewModel {

    public enum Phase { IDLE, RUNNING, VERIFYING, SUCCEEDED, CANCELLED, FAILED }

    private final WizardSession session;
    private final EngineWork work;
    private final Texts texts;
    private final Supplier<EngineRun> runs;
    private final LongSupplier clock;
    private final InstallProgress progress;
    private final EventPulse pulse;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper(this, "elapsed", "00:00");
    private final RunOutcome outcome = new RunOutcome();
    private final EarlierHosts earlierHosts = new EarlierHosts();
    /** Kept: a listener on a read-only view made per call would be lost with the view. */
    private final ObservableList<String> logView;
    private final BooleanBinding busy = Bindings.createBooleanBinding(
            () -> phase.get() == Phase.RUNNING || phase.get() == Phase.VERIFYING, phase);
    private final BooleanBinding canGoBack = busy.not();
    private final BooleanBinding canLeave = phase.isEqualTo(Phase.SUCCEEDED);
    private EngineRun running;
    private Profile applied;
    private long startedAt;
    private long endedAt = -1;

    public InstallViewModel(WizardSession session, EngineWork work, Texts texts) {
        this(session, work, texts, () -> EngineRun.of(session), EventPulse.every100ms(work), System::nanoTime);
    }

    /**
     * @param pulse runs a hand-over of events on the UI thread a pulse later (tests: at once, or when they say)
     * @param clock nanoseconds, for the elapsed time
     */
    public InstallViewModel(WizardSession session, EngineWork work, Texts texts, Supplier<EngineRun> runs,
                            Consumer<Runnable> pulse, LongSupplier clock) {
        this.session = session;
        this.work = work;
        this.texts = texts;
        this.runs = runs;
        this.clock = clock;
        this.progress = new InstallProgress(StandardInstallers.all().stream()
                .map(installer -> new InstallerRow(installer.id(), texts.installer(installer.id(), installer.title()))).toList(), texts);
        this.pulse = new EventPulse(pulse, progress::accept);
        this.logView = FXCollections.unmodifiableObservableList(progress.log());
    }

    /** Shown: runs the plan, unless it already ran well for this very profile (the user only came back). */
    public void onShown() {
        boolean alreadyDone = phase.get() == Phase.SUCCEEDED && session.profile().equals(applied);
        if (!busy.get() && !alreadyDone) {
            start();
        }
    }

    /** After a failure or a stop: runs again; what is already done is found done. */
    public void retry() {
        if (!busy.get()) {
            start();
        }
    }

    private void start() {
        Profile profile = session.profile();
        EngineRun run = runs.get();
        running = run;
        progress.reset();
        outcome.clear();
        cancelling.set(false);
        session.appliedProperty().set(null);
        session.reportProperty().set(null);
        startedAt = clock.getAsLong();
        endedAt = -1;
        phase.set(Phase.RUNNING);
        tick();
        work.task(() -> run.apply(profile, pulse.listener()))
                .onSuccess(result -> verify(run, profile, result))
                .onProblem(this::stopped)
                .start();
    }

    private void verify(EngineRun run, Profile profile, ApplyResult result) {
        pulse.drain();
        progress.succeeded();
        session.appliedProperty().set(earlierHosts.withEarlierHosts(result));
        applied = profile;
        phase.set(Phase.VERIFYING);
        work.task(() -> run.verify(profile))
                .onSuccess(report -> {
                    session.reportProperty().set(report);
                    progress.complete();
                    ended();
                    phase.set(Phase.SUCCEEDED);
                })
                .onProblem(this::stopped)
                .start();
    }

    private void stopped(Problem found) {
        pulse.drain();
        ended();
        // hosts made before a stop or a failure: their one-time passwords exist nowhere else
        earlierHosts.add(HostsMadeBefore.in(found));
        if (found instanceof ApplyCancelledProblem cancelled) {
            progress.stopped(false, cancelled.done());
            outcome.stopped(cancelled.done().stream().map(progress::title).toList(),
                    cancelled.left().stream().map(progress::title).toList());
            phase.set(Phase.CANCELLED);
        } else {
            progress.stopped(true, List.of());
            outcome.failed(texts.problem(found), found.detail(), progress.undone());
            phase.set(Phase.FAILED);
        }
        cancelling.set(false);
    }

    /**
     * Cancel pressed. While the run changes the server: asks ({@code userConfirms}), then asks the engine
     * to stop at its next safe point, and keeps the page (true). Otherwise false: the shell may close.
     */
    public boolean cancel(BooleanSupplier userConfirms) {
        if (phase.get() != Phase.RUNNING) {
            return false;
        }
        if (!cancelling.get() && userConfirms.getAsBoolean() && phase.get() == Phase.RUNNING) {
            cancelling.set(true);
            running.cancel();
        }
        return true;
    }

    /** The wizard closes: one-time passwords of hosts made by a stopped run, if not yet handed on to Done, are wiped. */
    public void close() {
        earlierHosts.wipe();
    }

    /** Called each second while the page is shown: the time the run has taken so far (or took, once it ended). */
    public void tick() {
        if (phase.get() == Phase.IDLE) {
            return;
        }
        long seconds = Math.max(0, ((endedAt >= 0 ? endedAt : clock.getAsLong()) - startedAt) / 1_000_000_000L);
        elapsed.set(String.format("%02d:%02d", seconds / 60, seconds % 60));
    }

    private void ended() {
        endedAt = clock.getAsLong();
        tick();
    }

    public List<InstallerRow> rows() {
        return progress.rows();
    }

    /** The command line's lines, newest last, at most {@value InstallProgress#LOG_LIMIT}. */
    public ObservableList<String> log() {
        return logView;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    /** True between Cancel confirmed and the engine's stop. */
    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** The steps finished (done or nothing to change). */
    public ReadOnlyIntegerProperty finishedProperty() {
        return progress.finishedProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.progressProperty();
    }

    /** Why OwnMeet waits (system updates hold the package manager), or empty. */
    public ReadOnlyStringProperty waitingProperty() {
        return progress.waitingProperty();
    }

    /** mm:ss since the run started. */
    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    /** How the run ended: what went wrong and what was put back, or what is done and what is left. */
    public RunOutcome outcome() {
        return outcome;
    }

    /** Hosts made by stopped runs, with their one-time passwords: shown on the stopped card, then on Done. */
    public EarlierHosts earlierHosts() {
        return earlierHosts;
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    /** Applied and checked from outside; failed checks still let the user go on to Done, which shows them. */
    public BooleanBinding canLeaveProperty() {
        return canLeave;
    }

    public boolean serverChanged() {
        return progress.serverChangedProperty().get();
    }
}
