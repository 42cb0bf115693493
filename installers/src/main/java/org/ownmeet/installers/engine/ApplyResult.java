package org.ownmeet.installers.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a run did: the changes made per step, the services restarted, the one-time passwords of new
 * host accounts (to hand out once; they are stored nowhere), and the installed versions.
 */
public record ApplyResult(List<Plan.Step> made, List<String> restarted, List<ApplyContext.HostCredential> newHosts,
                          Map<String, String> versions, Duration took, int roundTrips) {

    public int changeCount() {
        return made.stream().mapToInt(s -> s.changes().size()).sum();
    }
}
