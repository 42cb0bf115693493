package org.ownmeet.installers.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ownmeet.installers.profile.Profile;

/**
 * What a server holds of OwnMeet's and of Jitsi's, read for managing it: the profile OwnMeet last
 * applied, the journal's latest runs, the host accounts Prosody has, and the Jitsi Meet domain the
 * packages were set up for (also when Jitsi was installed by hand, without OwnMeet).
 *
 * @param profile          the profile in {@code /etc/ownmeet/profile.json}, or null when there is none or it cannot be read
 * @param unreadable       why the record could not be read (the profile file's own sentence), or null
 * @param runs             the latest runs in the journal, oldest first (at most {@value AppliedRecordProbe#RUNS})
 * @param hostAccounts     the accounts Prosody keeps for the domain (the recorded one, else Jitsi's), sorted
 * @param jitsiDomain      the domain the Jitsi packages serve (their {@code <domain>-config.js}), or null
 * @param installedVersions the watched packages installed now, by name
 */
public record AppliedRecord(Profile profile, String unreadable, List<Run> runs, List<String> hostAccounts, String jitsiDomain,
                            Map<String, String> installedVersions) {

    public AppliedRecord {
        runs = List.copyOf(runs);
        hostAccounts = List.copyOf(hostAccounts);
        installedVersions = Map.copyOf(installedVersions);
    }

    /** OwnMeet set this server up and its record can be read. */
    public boolean byOwnMeet() {
        return profile != null;
    }

    /** Jitsi Meet is there, but OwnMeet has no (readable) record of it: it was installed by hand or by another tool. */
    public boolean jitsiWithoutOwnMeet() {
        return profile == null && jitsiDomain != null;
    }

    /** The newest run, or null when the journal has none. */
    public Run lastRun() {
        return runs.isEmpty() ? null : runs.get(runs.size() - 1);
    }

    /**
     * One line of the journal: when OwnMeet ran, what it changed (the summaries of the changes, by
     * installer), the services it restarted and the versions installed then.
     */
    public record Run(Instant time, Map<String, List<String>> changes, List<String> restarted, Map<String, String> versions) {
        public Run {
            changes = Map.copyOf(changes);
            restarted = List.copyOf(restarted);
            versions = Map.copyOf(versions);
        }

        public int changeCount() {
            return changes.values().stream().mapToInt(List::size).sum();
        }
    }
}
