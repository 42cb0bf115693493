package org.ownmeet.app.shell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ownmeet.steps.api.WizardStep;

/**
 * Navigation through the wizard: which step is shown, where Back and Next may go, when the wizard
 * closes. Holds no node and never asks a step for its view, so it is tested without a toolkit.
 */
public final class WizardShellViewModel {
    private final ObservableList<WizardStep> steps = FXCollections.observableArrayList();
    private final ObservableList<WizardStep> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ReadOnlyIntegerWrapper currentIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<WizardStep> currentStep = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper currentCanBeLeft = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper currentAllowsBack = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper closing = new ReadOnlyBooleanWrapper();
    private final List<ReadOnlyObjectWrapper<StepStatus>> statuses = new ArrayList<>();
    private final Set<Integer> completed = new HashSet<>();
    private final BooleanBinding canGoBack;
    private final ReadOnlyIntegerWrapper lastIndex = new ReadOnlyIntegerWrapper();
    private final BooleanBinding onLastStep;
    private final BooleanBinding canGoNext;

    public WizardShellViewModel(List<? extends WizardStep> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a wizard needs at least one step");
        }
        this.steps.setAll(steps);
        this.steps.forEach(s -> statuses.add(new ReadOnlyObjectWrapper<>(StepStatus.UPCOMING)));
        lastIndex.set(steps.size() - 1);
        canGoBack = currentIndex.greaterThan(0).and(currentAllowsBack).and(closing.not());
        onLastStep = currentIndex.isEqualTo(lastIndex);
        canGoNext = currentCanBeLeft.and(closing.not());
        show(0);
    }

    /** The steps of the flow as it is now; it changes when the flow switches ({@link #switchFlow}). */
    public ObservableList<WizardStep> steps() {
        return stepsView;
    }

    /**
     * Another flow (the start choice changed, or a new draft was taken): the steps up to the one shown
     * stay as they are, the rest come from {@code flow}, which has the same steps up to there.
     */
    public void switchFlow(List<? extends WizardStep> flow) {
        int keep = currentIndex.get() + 1;
        if (flow.size() < keep) {
            throw new IllegalArgumentException("the new flow must keep the steps up to the one shown");
        }
        completed.removeIf(index -> index >= keep);
        List<WizardStep> next = new ArrayList<>(steps.subList(0, keep));
        next.addAll(flow.subList(keep, flow.size()));
        while (statuses.size() < next.size()) {
            statuses.add(new ReadOnlyObjectWrapper<>(StepStatus.UPCOMING));
        }
        while (statuses.size() > next.size()) {
            statuses.remove(statuses.size() - 1);
        }
        for (int i = keep; i < next.size(); i++) {
            statuses.get(i).set(StepStatus.UPCOMING);
        }
        lastIndex.set(next.size() - 1);
        steps.setAll(next);
    }

    /** Moves on, or on the last step finishes the wizard; does nothing while the step cannot be left. */
    public void next() {
        if (!canGoNext.get()) {
            return;
        }
        int index = currentIndex.get();
        completed.add(index);
        if (onLastStep.get()) {
            statuses.get(index).set(StepStatus.DONE);
            closing.set(true);
        } else {
            show(index + 1);
        }
    }

    public void back() {
        if (canGoBack.get()) {
            show(currentIndex.get() - 1);
        }
    }

    /**
     * Cancel: a step with work running stops it (it asks the user itself); otherwise the wizard closes
     * only if the user confirms; {@code userConfirms} asks them.
     */
    public void cancel(BooleanSupplier userConfirms) {
        if (closing.get() || currentStep.get().onCancel()) {
            return;
        }
        if (userConfirms.getAsBoolean()) {
            closing.set(true);
        }
    }

    /** Whether the server was changed in this pass (the quit question must not say "nothing changed"). */
    public boolean serverChanged() {
        return steps.stream().anyMatch(WizardStep::serverChanged);
    }

    private void show(int index) {
        WizardStep step = steps.get(index);
        currentIndex.set(index);
        currentStep.set(step);
        currentCanBeLeft.bind(step.canLeaveProperty());
        currentAllowsBack.bind(step.canGoBackProperty());
        for (int i = 0; i < steps.size(); i++) {
            statuses.get(i).set(i == index ? StepStatus.CURRENT : completed.contains(i) ? StepStatus.DONE : StepStatus.UPCOMING);
        }
        step.onShown();
    }

    public ReadOnlyIntegerProperty currentIndexProperty() {
        return currentIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WizardStep> currentStepProperty() {
        return currentStep.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StepStatus> statusProperty(int index) {
        return statuses.get(index).getReadOnlyProperty();
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    /** True on the last step, where Next becomes Finish. */
    public BooleanBinding onLastStepProperty() {
        return onLastStep;
    }

    /** Becomes true once, when the wizard is finished or the user confirmed Cancel. */
    public ReadOnlyBooleanProperty closingProperty() {
        return closing.getReadOnlyProperty();
    }

    public int stepCount() {
        return steps.size();
    }
}
