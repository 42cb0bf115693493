package org.ownmeet.installers.engine;

import java.time.Duration;
import java.util.Set;

/**
 * Choices for one run that are not part of the profile.
 *
 * @param confirmedRemovals host accounts the user confirmed may be deleted (others taken off the list stay)
 * @param packageLockWait how long to wait for other package installations (system updates) to finish
 * @param firewallSafetyWindow how long a firewall change may stay unconfirmed by a new SSH login before the
 *                             server puts the previous firewall back by itself (see the firewall installer)
 * @param upgradeJitsi upgrade the Jitsi packages when newer ones are offered (the settings are then put on them anew)
 */
public record ApplyOptions(Set<String> confirmedRemovals, Duration packageLockWait, Duration firewallSafetyWindow,
                           boolean upgradeJitsi) {
    static final Duration SHORTEST_SAFETY_WINDOW = Duration.ofSeconds(10);
    static final Duration LONGEST_SAFETY_WINDOW = Duration.ofMinutes(30);

    public ApplyOptions {
        confirmedRemovals = Set.copyOf(confirmedRemovals);
        if (firewallSafetyWindow.compareTo(SHORTEST_SAFETY_WINDOW) < 0 || firewallSafetyWindow.compareTo(LONGEST_SAFETY_WINDOW) > 0) {
            throw new IllegalArgumentException("the firewall's safety window must be between " + SHORTEST_SAFETY_WINDOW.toSeconds()
                    + " seconds and " + LONGEST_SAFETY_WINDOW.toMinutes() + " minutes: " + firewallSafetyWindow);
        }
    }

    /**
     * Two minutes for a firewall change to be confirmed: a new login takes seconds, at most the connect
     * timeout when the network is slow, and a server cut off from its admin is back within that time.
     */
    public static ApplyOptions defaults() {
        return new ApplyOptions(Set.of(), Duration.ofMinutes(20), Duration.ofMinutes(2), false);
    }

    public ApplyOptions withConfirmedRemovals(Set<String> usernames) {
        return new ApplyOptions(usernames, packageLockWait, firewallSafetyWindow, upgradeJitsi);
    }

    public ApplyOptions withPackageLockWait(Duration wait) {
        return new ApplyOptions(confirmedRemovals, wait, firewallSafetyWindow, upgradeJitsi);
    }

    public ApplyOptions withFirewallSafetyWindow(Duration window) {
        return new ApplyOptions(confirmedRemovals, packageLockWait, window, upgradeJitsi);
    }

    public ApplyOptions withJitsiUpgrade(boolean upgrade) {
        return new ApplyOptions(confirmedRemovals, packageLockWait, firewallSafetyWindow, upgrade);
    }
}
