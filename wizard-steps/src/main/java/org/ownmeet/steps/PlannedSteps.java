package org.ownmeet.steps;

import java.util.List;
import java.util.ResourceBundle;
import org.ownmeet.steps.api.WizardStep;
import org.ownmeet.steps.placeholder.PlaceholderStep;

/** The wizard's steps in the order the user goes through them. */
public final class PlannedSteps {
    public static final List<String> IDS = List.of(
            "connection", "domain", "accounts", "privacy", "meeting", "review", "install", "verify", "documents");

    private PlannedSteps() {
    }

    /** Every step is still a placeholder; each is replaced by its real step as it is built. */
    public static List<WizardStep> create(ResourceBundle messages) {
        return IDS.stream().<WizardStep>map(id -> new PlaceholderStep(id, messages)).toList();
    }
}
