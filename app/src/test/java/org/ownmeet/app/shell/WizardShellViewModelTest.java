package org.ownmeet.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ownmeet.app.shell.StepStatus.CURRENT;
import static org.ownmeet.app.shell.StepStatus.DONE;
import static org.ownmeet.app.shell.StepStatus.UPCOMING;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Navigation rules, without a toolkit: the fake steps fail if anything asks for their view. */
class WizardShellViewModelTest {
    private final FakeStep first = FakeStep.withoutView("first");
    private final FakeStep middle = FakeStep.withoutView("middle");
    private final FakeStep last = FakeStep.withoutView("last");
    private final WizardShellViewModel vm = new WizardShellViewModel(List.of(first, middle, last));

    @Test
    void startsOnTheFirstStepWhereBackIsDisabled() {
        assertSame(first, vm.currentStepProperty().get());
        assertFalse(vm.canGoBackProperty().get());
        assertTrue(vm.canGoNextProperty().get());
        assertEquals(List.of(CURRENT, UPCOMING, UPCOMING), statuses());
    }

    @Test
    void anotherFlowKeepsTheStepsUpToTheOneShownAndTakesTheRest() {
        vm.next();
        FakeStep other = FakeStep.withoutView("other");
        FakeStep end = FakeStep.withoutView("end");
        vm.switchFlow(List.of(FakeStep.withoutView("first-anew"), FakeStep.withoutView("middle-anew"), other, end));
        assertEquals(List.of(first, middle, other, end), vm.steps(), "the shown step and those before it stay as they are");
        assertEquals(List.of(DONE, CURRENT, UPCOMING, UPCOMING), statuses());
        vm.next();
        assertSame(other, vm.currentStepProperty().get());
        assertFalse(vm.onLastStepProperty().get(), "the new flow is longer");
        vm.next();
        assertTrue(vm.onLastStepProperty().get());

        vm.back();
        vm.back();
        vm.switchFlow(List.of(first, middle));
        assertEquals(List.of(first, middle), vm.steps());
        assertTrue(vm.onLastStepProperty().get(), "a shorter flow ends here");
        assertEquals(List.of(DONE, CURRENT), statuses());
        assertThrows(IllegalArgumentException.class, () -> vm.switchFlow(List.of(first)), "the step shown cannot go");
    }

    @Test
    void nextMovesOnAndMarksTheStepLeftAsDone() {
        vm.next();
        assertSame(middle, vm.currentStepProperty().get());
        assertEquals(1, vm.currentIndexProperty().get());
        assertTrue(vm.canGoBackProperty().get());
        assertEquals(List.of(DONE, CURRENT, UPCOMING), statuses());
    }

    @Test
    void backReturnsAndKeepsWhatWasDone() {
        vm.next();
        vm.next();
        vm.back();
        assertSame(middle, vm.currentStepProperty().get());
        assertEquals(List.of(DONE, CURRENT, UPCOMING), statuses(), "the last step was shown but never left with Next");
        vm.back();
        vm.back();
        assertSame(first, vm.currentStepProperty().get(), "Back on the first step stays there");
        assertEquals(List.of(CURRENT, DONE, UPCOMING), statuses());
    }

    @Test
    void nextIsDisabledWhileTheStepCannotBeLeft() {
        first.canLeave.set(false);
        assertFalse(vm.canGoNextProperty().get());
        vm.next();
        assertSame(first, vm.currentStepProperty().get());
        first.canLeave.set(true);
        assertTrue(vm.canGoNextProperty().get());
    }

    @Test
    void nextFollowsTheStepNowShown() {
        middle.canLeave.set(false);
        assertTrue(vm.canGoNextProperty().get());
        vm.next();
        assertFalse(vm.canGoNextProperty().get());
        vm.back();
        assertTrue(vm.canGoNextProperty().get(), "the first step's rule applies again");
        first.canLeave.set(false);
        assertFalse(vm.canGoNextProperty().get());
    }

    @Test
    void onTheLastStepNextBecomesFinishAndClosesTheWizard() {
        vm.next();
        assertFalse(vm.onLastStepProperty().get());
        vm.next();
        assertTrue(vm.onLastStepProperty().get());
        assertFalse(vm.closingProperty().get());
        vm.next();
        assertTrue(vm.closingProperty().get());
        assertEquals(List.of(DONE, DONE, DONE), statuses());
        assertFalse(vm.canGoBackProperty().get());
        assertFalse(vm.canGoNextProperty().get());
    }

    @Test
    void finishWaitsUntilTheLastStepCanBeLeft() {
        last.canLeave.set(false);
        vm.next();
        vm.next();
        vm.next();
        assertFalse(vm.closingProperty().get());
    }

    @Test
    void cancelClosesOnlyWhenTheUserConfirms() {
        AtomicInteger asked = new AtomicInteger();
        vm.cancel(() -> asked.incrementAndGet() < 0);
        assertEquals(1, asked.get());
        assertFalse(vm.closingProperty().get());
        vm.cancel(() -> asked.incrementAndGet() > 0);
        assertEquals(2, asked.get());
        assertTrue(vm.closingProperty().get());
    }

    @Test
    void aWizardNeedsSteps() {
        assertThrows(IllegalArgumentException.class, () -> new WizardShellViewModel(List.of()));
    }

    private List<StepStatus> statuses() {
        return IntStream.range(0, vm.stepCount()).mapToObj(i -> vm.statusProperty(i).get()).toList();
    }
}
