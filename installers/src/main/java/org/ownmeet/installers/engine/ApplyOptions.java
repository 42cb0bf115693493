package org.ownmeet.installers.engine;

import java.time.Duration;
import java.util.Set;

/**
 * Choices for one run that are not part of the profile.
 *
 * @param confirmedRemovals host accounts the user confirmed may be deleted (others taken off the list stay)
 * @param packageLockWait how long to wait for other package installations (system updates) to finish
 */
public record ApplyOptions(Set<String> confirmedRemovals, Duration packageLockWait) {

    public static ApplyOptions defaults() {
        return new ApplyOptions(Set.of(), Duration.ofMinutes(20));
    }

    public ApplyOptions withConfirmedRemovals(Set<String> usernames) {
        return new ApplyOptions(Set.copyOf(usernames), packageLockWait);
    }

    public ApplyOptions withPackageLockWait(Duration wait) {
        return new ApplyOptions(confirmedRemovals, wait);
    }
}
