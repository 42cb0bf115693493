package org.ownmeet.installers.tuning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.PendingChange;
import org.ownmeet.installers.engine.ServerFacts;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.engine.Validator;
import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.MeetingSize;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.ssh.files.FileWrite;

/**
 * The meeting size's tuning on an extra videobridge server, with the main server's pieces: the videobridge's
 * memory sized to this server (where it runs alone, {@link JavaHeap#forVideobridgeServer}), its systemd limits
 * ({@link ServiceLimits#VIDEOBRIDGE}) and the same warning when the server is small. Its jvb.conf settings
 * ({@link #videobridgeSettings}) go into the jvb.conf the bridges' step writes whole there.
 */
public final class VideobridgeTuningInstaller implements Installer {
    /** The same step as on the main server, by its id, title and warning. */
    private static final TuningInstaller MAIN_SERVERS = new TuningInstaller();

    @Override
    public String id() {
        return MAIN_SERVERS.id();
    }

    @Override
    public String title() {
        return MAIN_SERVERS.title();
    }

    /** The videobridge's settings for the size, by their paths in jvb.conf, as the main server's videobridge gets them. */
    public static Map<String, Object> videobridgeSettings(MeetingSize size) {
        return BridgeAndFocusSettings.bridgeValues(TuningTable.of(size));
    }

    @Override
    public StateRequest needs(Profile profile) {
        return StateRequest.of(List.of(JavaService.VIDEOBRIDGE.path, ServiceLimits.VIDEOBRIDGE.path()), List.of(ServerFacts.PROBE));
    }

    @Override
    public List<Notice> warnings(ServerState state, Profile profile) {
        return MAIN_SERVERS.warnings(state, profile);
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        SizeTuning tuning = TuningTable.of(profile.meetingSize());
        FileSnapshot config = state.file(JavaService.VIDEOBRIDGE.path);
        if (!config.exists()) {
            return List.of(new PendingChange("Set the videobridge up for " + Requirements.meetings(tuning.size()),
                    "once it is installed: its memory and its service limits"));
        }
        List<Change> changes = new ArrayList<>();
        long memory = ServerFacts.of(state).memoryMegabytes();
        if (memory > 0) {
            changes.add(FileChange.ifDifferent("memory for the videobridge sized to this server's, where it runs alone", config,
                    FileWrite.of(config.path(), JavaService.VIDEOBRIDGE.withHeap(config.text(), JavaHeap.forVideobridgeServer(memory))),
                    Validator.NONE, Set.of(JavaService.VIDEOBRIDGE.service)));
        }
        changes.add(ServiceLimits.VIDEOBRIDGE.change(state, tuning));
        return changes.stream().filter(Objects::nonNull).toList();
    }
}
