package org.ownmeet.steps.done;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.keylogin.KeyLoginViewModel;
import org.ownmeet.steps.session.EngineRun;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.welcome.StartChoice;
import org.ownmeet.steps.work.EngineWork;

/**
 * The SSH login offer at the end of a new server's set-up, for a user who logged in with a key: the
 * server is set up by now, so the choice is applied from here, by the engine as every change (the draft
 * differs from what Install applied only in this choice; the engine's undo timer guards it). The run's
 * result takes the place of Install's, with Install's new hosts kept, so the profile saved for the next
 * start has the choice.
 */
public final class KeyLoginRunViewModel {
    private final WizardSession session;
    private final EngineWork work;
    private final Texts texts;
    private final Supplier<EngineRun> runs;
    private final BooleanSupplier loggedInWithKey;
    private final KeyLoginViewModel offer;
    private final ReadOnlyBooleanWrapper onServer = new ReadOnlyBooleanWrapper(this, "onServer");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding canApply;
    private boolean shown;

    public KeyLoginRunViewModel(WizardSession session, EngineWork work, Texts texts) {
        this(session, work, texts, () -> EngineRun.of(session), () -> session.server() != null && session.server().loggedInWithKey());
    }

    public KeyLoginRunViewModel(WizardSession session, EngineWork work, Texts texts, Supplier<EngineRun> runs,
                                BooleanSupplier loggedInWithKey) {
        this.session = session;
        this.work = work;
        this.texts = texts;
        this.runs = runs;
        this.loggedInWithKey = loggedInWithKey;
        this.offer = new KeyLoginViewModel(session, texts);
        canApply = Bindings.createBooleanBinding(() -> offer.offeredProperty().get() && !running.get()
                && offer.keyLoginsOnlyProperty().get() != onServer.get(), offer.offeredProperty(), running,
                offer.keyLoginsOnlyProperty(), onServer);
    }

    /** Done is shown: offered only on a new server's set-up (managing, the summary offered it before Review). */
    public void onShown() {
        if (!shown) {
            shown = true;
            onServer.set(session.profile().upkeep().keyLoginsOnly());
        }
        offer.offerIf(session.startChoiceProperty().get() == StartChoice.NEW_SERVER && loggedInWithKey.getAsBoolean());
    }

    /** Applies the choice as the draft has it now. */
    public void apply() {
        if (!canApply.get()) {
            return;
        }
        Profile profile = session.profile();
        boolean keyOnly = profile.upkeep().keyLoginsOnly();
        EngineRun run = runs.get();
        running.set(true);
        failed.set(false);
        status.set(texts.get("done.keyLogins.running"));
        work.task(() -> run.apply(profile, EngineListener.NONE))
                .onSuccess(result -> applied(keyOnly, result))
                .onProblem(this::notApplied)
                .start();
    }

    private void applied(boolean keyOnly, ApplyResult result) {
        ApplyResult install = session.appliedProperty().get();
        session.appliedProperty().set(install == null ? result : result.withEarlierHosts(install.newHosts()));
        onServer.set(keyOnly);
        running.set(false);
        status.set(texts.get(keyOnly ? "done.keyLogins.off" : "done.keyLogins.on"));
    }

    private void notApplied(Problem problem) {
        running.set(false);
        failed.set(true);
        status.set(texts.problem(problem));
    }

    /** The choice itself, with the same card as the manage summary's. */
    public KeyLoginViewModel offer() {
        return offer;
    }

    /** The choice differs from what the server has, and nothing runs: the button may apply it. */
    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The last apply failed: the status is the problem. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Running, done (password logins off or on again), or the problem, in plain words; empty before. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
