package org.ownmeet.installers.engine;

import java.util.List;

/** Every change a run would make, step by step, for the user to review before anything happens. */
public record Plan(List<Step> steps) {

    public record Step(String id, String title, List<Change> changes) {
    }

    public boolean isEmpty() {
        return steps.stream().allMatch(s -> s.changes().isEmpty());
    }

    public int changeCount() {
        return steps.stream().mapToInt(s -> s.changes().size()).sum();
    }

    /** The plan as text: each step, each change's summary and its detail (diffs with secrets masked). */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            text.append(step.title()).append(step.changes().isEmpty() ? ": nothing to change\n" : ":\n");
            for (Change change : step.changes()) {
                text.append("  - ").append(change.summary()).append('\n');
                for (String line : change.detail().split("\n")) {
                    if (!line.isBlank()) {
                        text.append("      ").append(line).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }
}
