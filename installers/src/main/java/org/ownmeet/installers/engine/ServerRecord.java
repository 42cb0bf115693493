package org.ownmeet.installers.engine;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.ScriptResource;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.ssh.files.RemoteFiles;

/**
 * What OwnMeet keeps on the server, in {@value #DIR} (root only): the profile last applied (no
 * secrets), a journal of every run's changes, and the services whose restart is still due. The
 * marker is written before any file changes, so a run cut off after a change still restarts on the
 * next run, even though that run finds nothing left to change.
 */
final class ServerRecord {
    static final String DIR = "/etc/ownmeet";
    static final String PROFILE = DIR + "/profile.json";
    static final String JOURNAL = DIR + "/journal.log";
    static final String RESTART_PENDING = DIR + "/restart-pending";
    static final List<String> WATCHED_PACKAGES = List.of("jitsi-meet", "jitsi-meet-web", "jitsi-meet-web-config",
            "jitsi-meet-prosody", "jitsi-meet-turnserver", "jicofo", "jitsi-videobridge2", "prosody", "nginx", "coturn");
    /** How many runs' backups {@code /var/backups/ownmeet} keeps (each run's in a folder named by its time). */
    static final int KEPT_BACKUPS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServerRecord() {
    }

    static StateRequest needs() {
        return StateRequest.of(List.of(PROFILE, RESTART_PENDING), List.of(new Probe("versions",
                "dpkg-query -W -f='${Package} ${Version} ${db:Status-Status}\\n' " + String.join(" ", WATCHED_PACKAGES)
                        + " 2>/dev/null")));
    }

    static Set<String> pendingRestarts(ServerState state) {
        FileSnapshot marker = state.file(RESTART_PENDING);
        if (!marker.exists()) {
            return new LinkedHashSet<>();
        }
        return Arrays.stream(marker.text().split("\n")).map(String::strip).filter(s -> s.matches("[a-z0-9@.-]+"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static Map<String, String> versions(ServerState state) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (String line : state.probe("versions").split("\n")) {
            String[] fields = line.strip().split(" ");
            if (fields.length == 3 && fields[2].equals("installed")) {
                versions.put(fields[0], fields[1]);
            }
        }
        return versions;
    }

    static void markRestartPending(SshSession session, Set<String> services) {
        session.run(RemoteScript.asRoot("note the restarts that are due", ScriptResource.of(ServerRecord.class, "mark-restart-pending.sh")
                .with("DIR", DIR).withList("SERVICES", List.copyOf(services)).with("RESTART_PENDING", RESTART_PENDING).text())
                .quiet()).requireSuccess();
    }

    /** Puts the marker back to what was due before a step that was undone; no marker if nothing was. */
    static void restorePending(SshSession session, Set<String> services) {
        if (services.isEmpty()) {
            session.run(RemoteScript.asRoot("forget the restarts that are no longer due", "rm -f " + RESTART_PENDING).quiet())
                    .requireSuccess();
        } else {
            markRestartPending(session, services);
        }
    }

    /**
     * One round trip: the applied profile (atomically), a journal entry, the restart marker cleared, and
     * the backups of all but the last {@value #KEPT_BACKUPS} runs removed.
     */
    static void record(SshSession session, String profileJson, List<Plan.Step> made, List<String> restarted,
                       Map<String, String> versions) {
        byte[] profile = profileJson.getBytes(StandardCharsets.UTF_8);
        byte[] entry = (journalEntry(made, restarted, versions) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] data = new byte[profile.length + entry.length];
        System.arraycopy(profile, 0, data, 0, profile.length);
        System.arraycopy(entry, 0, data, profile.length, entry.length);
        session.run(RemoteScript.asRoot("record what was applied", ScriptResource.of(ServerRecord.class, "record.sh")
                .with("DIR", DIR).with("PROFILE", PROFILE).with("JOURNAL", JOURNAL).with("PROFILE_SIZE", profile.length)
                .with("ENTRY_SIZE", entry.length).with("RESTART_PENDING", RESTART_PENDING).text()
                + pruneBackups(RemoteFiles.BACKUP_ROOT))
                .quiet().withData(data))
                .requireSuccess();
    }

    /** Removes the backup folders of all but the newest {@value #KEPT_BACKUPS} runs (their names sort by time). */
    static String pruneBackups(String root) {
        return ScriptResource.of(ServerRecord.class, "prune-backups.sh").with("BACKUP_ROOT", root).with("KEPT", KEPT_BACKUPS)
                .text();
    }

    private static String journalEntry(List<Plan.Step> made, List<String> restarted, Map<String, String> versions) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("time", Instant.now().toString());
        Map<String, List<String>> changes = new LinkedHashMap<>();
        for (Plan.Step step : made) {
            changes.put(step.id(), step.changes().stream().map(Change::summary).toList());
        }
        entry.put("changes", changes);
        entry.put("restarted", restarted);
        entry.put("versions", versions);
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
