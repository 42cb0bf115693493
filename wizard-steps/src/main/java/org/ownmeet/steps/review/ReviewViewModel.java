package org.ownmeet.steps.review;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.ownmeet.installers.engine.InvalidProfileProblem;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.EngineRun;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.welcome.StartChoice;
import org.ownmeet.steps.work.EngineWork;

/**
 * The engine's real plan for the draft profile, made anew each time the page is shown (the user may
 * have gone back and changed an answer): grouped by installer, each file's diff classified for colour.
 * Planning reads the server and changes nothing.
 */
public final class ReviewViewModel {

    public enum State { LOADING, READY, FAILED }

    private final WizardSession session;
    private final EngineWork work;
    private final Texts texts;
    private final Supplier<EngineRun> runs;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    private final ObservableList<PlanGroup> groups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper nothingToChange = new ReadOnlyBooleanWrapper(this, "nothingToChange");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper problemDetail = new ReadOnlyStringWrapper(this, "problemDetail", "");
    private final ObservableList<String> problemFields = FXCollections.observableArrayList();
    // one read-only view of each list, kept: a listener on a view made per call would be lost with the view
    private final ObservableList<PlanGroup> groupsView = FXCollections.unmodifiableObservableList(groups);
    private final ObservableList<String> problemFieldsView = FXCollections.unmodifiableObservableList(problemFields);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    /** Counts the plans asked for: only the newest one's answer is shown. */
    private int asked;

    public ReviewViewModel(WizardSession session, EngineWork work, Texts texts) {
        this(session, work, texts, () -> EngineRun.of(session));
    }

    public ReviewViewModel(WizardSession session, EngineWork work, Texts texts, Supplier<EngineRun> runs) {
        this.session = session;
        this.work = work;
        this.texts = texts;
        this.runs = runs;
    }

    /** Makes the plan for the profile as it is now. */
    public void plan() {
        int ticket = ++asked;
        Profile profile = session.profile();
        EngineRun run = runs.get();
        state.set(State.LOADING);
        loaded.set(false);
        session.planProperty().set(null);
        problem.set("");
        problemDetail.set("");
        problemFields.clear();
        work.task(() -> run.plan(profile))
                .onSuccess(plan -> {
                    if (ticket == asked) {
                        show(plan);
                    }
                })
                .onProblem(found -> {
                    if (ticket == asked) {
                        fail(found);
                    }
                })
                .start();
    }

    private void show(Plan plan) {
        session.planProperty().set(plan);
        // managing a server: only what differs from it; setting one up: every concern, those already in place said so
        boolean onlyDifferences = session.startChoiceProperty().get() == StartChoice.MANAGE_SERVER;
        groups.setAll(plan.steps().stream().map(step -> PlanGroup.of(step, texts))
                .filter(group -> !onlyDifferences || !group.nothingToChange()).toList());
        nothingToChange.set(plan.isEmpty());
        String count = plan.isEmpty() ? texts.get("review.nothingToChange") : texts.format("review.count", plan.changeCount());
        summary.set(onlyDifferences && !plan.isEmpty() ? count + " " + texts.get("review.onlyDifferences") : count);
        state.set(State.READY);
        loaded.set(true);
    }

    private void fail(Problem found) {
        groups.clear();
        problemDetail.set(found.detail());
        if (found instanceof InvalidProfileProblem invalid) {
            // only the lead-in: the answers follow one by one in the texts' words, not as the engine's joined English
            problem.set(texts.format("problem.invalid-profile", "").strip());
            problemFields.setAll(invalid.errors().stream().map(texts::fieldWithName).toList());
        } else {
            problem.set(texts.problem(found));
        }
        state.set(State.FAILED);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Every installer's part of the plan, in the order they run. */
    public ObservableList<PlanGroup> groups() {
        return groupsView;
    }

    /** "OwnMeet will make 12 changes", or that there is nothing to change. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty nothingToChangeProperty() {
        return nothingToChange.getReadOnlyProperty();
    }

    /** Why there is no plan, in plain words; empty when there is one. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The problem's line for IT. */
    public ReadOnlyStringProperty problemDetailProperty() {
        return problemDetail.getReadOnlyProperty();
    }

    /** The answers to correct when the engine found the profile invalid, one message each. */
    public ObservableList<String> problemFields() {
        return problemFieldsView;
    }

    /** True once a plan is shown: the user may go on to install it. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
