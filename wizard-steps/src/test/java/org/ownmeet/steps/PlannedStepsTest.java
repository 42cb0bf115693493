package org.ownmeet.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.ownmeet.steps.api.StepMessages;
import org.ownmeet.steps.api.WizardStep;
import org.ownmeet.steps.placeholder.PlaceholderStep;

class PlannedStepsTest {
    private final ResourceBundle messages = StepMessages.forLocale(Locale.ROOT);
    private final List<WizardStep> steps = PlannedSteps.create(messages);

    @Test
    void theStepsComeInTheOrderTheUserGoesThroughThem() {
        assertEquals(List.of("Server connection", "Domain & certificate", "Host accounts", "Privacy & logs",
                        "Meeting size", "Review changes", "Install", "Verify", "Documents"),
                steps.stream().map(WizardStep::title).toList());
    }

    @Test
    void everyStepSaysWhatItWillDo() {
        for (WizardStep step : steps) {
            assertFalse(step.description().isBlank(), step.id());
            String plan = ((PlaceholderStep) step).plan();
            assertTrue(plan.length() > step.description().length(), step.id() + ": the plan explains more than the description");
        }
    }

    @Test
    void idsAndTitlesAreUnique() {
        assertEquals(steps.size(), new HashSet<>(steps.stream().map(WizardStep::id).toList()).size());
        assertEquals(steps.size(), new HashSet<>(steps.stream().map(WizardStep::title).toList()).size());
    }

    @Test
    void aPlaceholderNeverHoldsTheUserBack() {
        steps.forEach(step -> assertTrue(step.canLeaveProperty().get(), step.id()));
    }
}
