package org.ownmeet.steps.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.steps.api.Texts;

/** One installer's part of the plan: its changes, what it warns of, and the services it restarts. */
public record PlanGroup(String id, String title, List<PlannedChange> changes, List<String> warnings, List<String> restarts) {

    public static PlanGroup of(Plan.Step step, Texts texts) {
        Set<String> restarts = new LinkedHashSet<>();
        for (Change change : step.changes()) {
            restarts.addAll(change.restarts().stream().sorted().toList());
        }
        return new PlanGroup(step.id(), texts.installer(step.id(), step.title()),
                step.changes().stream().map(PlannedChange::of).toList(), step.warnings().stream().map(texts::notice).toList(),
                List.copyOf(restarts));
    }

    public boolean nothingToChange() {
        return changes.isEmpty();
    }
}
