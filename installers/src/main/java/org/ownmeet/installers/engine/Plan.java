package org.ownmeet.installers.engine;

import java.util.List;
import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.profile.Profile;

/** Every change a run would make, step by step, for the user to review before anything happens. */
public record Plan(List<Step> steps) {

    /** One installer's changes, and what it warns of (nothing to change, but worth knowing). */
    public record Step(String id, String title, List<Change> changes, List<Notice> warnings) {
        public Step {
            changes = List.copyOf(changes);
            warnings = List.copyOf(warnings);
        }

        public Step(String id, String title, List<Change> changes) {
            this(id, title, changes, List.of());
        }

        /** What {@code installer} would do to the server as read, in a run with these options, and what it warns of. */
        public static Step of(Installer installer, ServerState state, Profile profile, ApplyOptions options) {
            return new Step(installer.id(), installer.title(), installer.plan(state, profile, options),
                    installer.warnings(state, profile, options));
        }
    }

    public List<Notice> warnings() {
        return steps.stream().flatMap(s -> s.warnings().stream()).toList();
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
            for (Notice warning : step.warnings()) {
                text.append("  ! ").append(warning.english()).append('\n');
            }
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
