package org.ownmeet.installers.engine;

import java.util.Set;

/**
 * A change that can only be worked out once an earlier step is done (on a fresh server, Jitsi's
 * configuration files appear with its packages): shown in the plan, worked out during the run.
 */
public record PendingChange(String summary, String detail) implements Change {
    @Override
    public Set<String> restarts() {
        return Set.of();
    }
}
