package org.ownmeet.installers.engine;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.files.FileSnapshot;

/** A server's state made up for planning without a server: every file the installer reads, present with its text or missing. */
public final class StatesForPlans {
    private StatesForPlans() {
    }

    public static ServerState of(Installer installer, Profile profile, Map<String, String> files, Map<String, String> probes) {
        Map<String, FileSnapshot> snapshots = new LinkedHashMap<>();
        for (String path : installer.needs(profile).files()) {
            String text = files.get(path);
            snapshots.put(path, text == null ? new FileSnapshot(path, false, null, null, null, null)
                    : new FileSnapshot(path, true, text.getBytes(StandardCharsets.UTF_8), "644", "root", "root"));
        }
        return new ServerState(snapshots, probes);
    }

    /** The files as the plan's file changes write them, put into {@code files}; every change must be one. */
    public static void write(List<Change> changes, Map<String, String> files) {
        for (Change change : changes) {
            FileChange file = (FileChange) change;
            files.put(file.after().path(), new String(file.after().content(), StandardCharsets.UTF_8));
        }
    }
}
