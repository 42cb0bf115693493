package org.ownmeet.installers.tuning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.ManagedBlock;
import org.ownmeet.installers.engine.PendingChange;
import org.ownmeet.installers.engine.ServerFacts;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.engine.Validator;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.ssh.files.FileWrite;

/**
 * Jitsi set up for the size of meetings the profile names ({@link TuningTable}), the Java services'
 * memory sized to the server's, and a plain warning when the server is smaller than those meetings
 * need. Each file restarts only the service that reads it; the web app's settings need no restart.
 */
public final class TuningInstaller implements Installer {
    static final String BLOCK = "tuning";

    @Override
    public String id() {
        return "tuning";
    }

    @Override
    public String title() {
        return "Settings for the size of your meetings";
    }

    @Override
    public StateRequest needs(Profile profile) {
        List<String> files = new ArrayList<>(List.of(JitsiFiles.configJs(profile.domain()), JitsiFiles.JVB_CONF,
                JitsiFiles.JICOFO_CONF));
        for (JavaService service : JavaService.values()) {
            files.add(service.path);
        }
        for (ServiceLimits limits : ServiceLimits.MEETING_SERVER) {
            files.add(limits.path());
        }
        return StateRequest.of(files, List.of(ServerFacts.PROBE));
    }

    @Override
    public StateRequest followUp(ServerState state, Profile profile) {
        SizeTuning tuning = TuningTable.of(profile.meetingSize());
        return StateRequest.merge(List.of(BridgeAndFocusSettings.bridge(tuning).followUp(state),
                BridgeAndFocusSettings.focus(tuning).followUp(state)));
    }

    @Override
    public List<Notice> warnings(ServerState state, Profile profile) {
        return Requirements.notice(ServerFacts.of(state), TuningTable.of(profile.meetingSize())).stream().toList();
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        SizeTuning tuning = TuningTable.of(profile.meetingSize());
        String meetings = Requirements.meetings(tuning.size());
        FileSnapshot configJs = state.file(JitsiFiles.configJs(profile.domain()));
        boolean installed = configJs.exists() && state.file(JitsiFiles.JVB_CONF).exists()
                && state.file(JitsiFiles.JICOFO_CONF).exists()
                && state.file(JavaService.VIDEOBRIDGE.path).exists() && state.file(JavaService.JICOFO.path).exists();
        if (!installed) {
            return List.of(new PendingChange("Set Jitsi up for " + meetings, "once Jitsi Meet is installed: who starts "
                    + "muted, how many videos each participant receives, camera resolution, the Java services' memory, "
                    + "service limits"));
        }
        List<Change> changes = new ArrayList<>();
        changes.add(FileChange.ifDifferent("the web app's settings for " + meetings, configJs,
                FileWrite.of(configJs.path(), ManagedBlock.put(configJs.text(), "//", BLOCK, WebAppTuning.block(tuning))),
                Validator.NONE, Set.of()));
        changes.add(BridgeAndFocusSettings.bridge(tuning).change(state, "the videobridge's settings for " + meetings,
                Set.of(JavaService.VIDEOBRIDGE.service)));
        changes.add(BridgeAndFocusSettings.focus(tuning).change(state, "jicofo's settings for " + meetings,
                Set.of(JavaService.JICOFO.service)));
        long memory = ServerFacts.of(state).memoryMegabytes();
        if (memory > 0) {
            JavaHeap heap = JavaHeap.forMemory(memory);
            for (JavaService service : JavaService.values()) {
                FileSnapshot file = state.file(service.path);
                changes.add(FileChange.ifDifferent("memory for " + service.service + " sized to the server's", file,
                        FileWrite.of(service.path, service.withHeap(file.text(), heap)), Validator.NONE, Set.of(service.service)));
            }
        }
        for (ServiceLimits limits : ServiceLimits.MEETING_SERVER) {
            changes.add(limits.change(state, tuning));
        }
        return changes.stream().filter(Objects::nonNull).toList();
    }
}
