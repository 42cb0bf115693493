package org.ownmeet.installers.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a run did: the changes made per step, the services restarted, the one-time passwords of new
 * host accounts (to hand out once; they are stored nowhere), and the installed versions.
 */
public record ApplyResult(List<Plan.Step> made, List<String> restarted, List<ApplyContext.HostCredential> newHosts,
                          Map<String, String> versions, Duration took, int roundTrips) {

    /** This result with host accounts an earlier run of the same session made first: their one-time passwords go on with it. */
    public ApplyResult withEarlierHosts(List<ApplyContext.HostCredential> earlier) {
        if (earlier.isEmpty()) {
            return this;
        }
        List<ApplyContext.HostCredential> all = new ArrayList<>(earlier);
        all.addAll(newHosts);
        return new ApplyResult(made, restarted, all, versions, took, roundTrips);
    }

    public int changeCount() {
        return made.stream().mapToInt(s -> s.changes().size()).sum();
    }
}
