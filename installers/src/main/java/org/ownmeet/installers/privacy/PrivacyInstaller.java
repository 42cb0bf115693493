package org.ownmeet.installers.privacy;

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
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.engine.Validator;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.ssh.files.FileWrite;
import org.ownmeet.installers.verify.ServerCheck;

/**
 * Nobody but this server is contacted: the meeting page makes no third-party requests and takes STUN
 * from the server's own coturn, and the videobridge asks the same coturn for its address instead of
 * Jitsi's STUN server. Verified by {@link NoThirdPartyHostsCheck}.
 */
public final class PrivacyInstaller implements Installer {
    private static final Set<String> VIDEOBRIDGE = Set.of("jitsi-videobridge2");

    @Override
    public String id() {
        return "privacy";
    }

    @Override
    public String title() {
        return "Meetings contact nobody but this server";
    }

    @Override
    public StateRequest needs(Profile profile) {
        return StateRequest.of(List.of(JitsiFiles.configJs(profile.domain()), JitsiFiles.JVB_CONF, JitsiFiles.JVB_PROPERTIES),
                List.of());
    }

    @Override
    public StateRequest followUp(ServerState state, Profile profile) {
        return VideobridgeStun.jvbConf(profile.domain()).followUp(state);
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        String domain = profile.domain();
        FileSnapshot configJs = state.file(JitsiFiles.configJs(domain));
        FileSnapshot jvbConf = state.file(JitsiFiles.JVB_CONF);
        if (!configJs.exists() || !jvbConf.exists()) {
            return List.of(new PendingChange(title(), "once Jitsi Meet is installed: third-party requests, analytics and "
                    + "Gravatar off, STUN from this server's own coturn for browsers and the videobridge"));
        }
        List<Change> changes = new ArrayList<>();
        changes.add(FileChange.ifDifferent("the meeting page contacts nobody but this server", configJs,
                FileWrite.of(configJs.path(), ManagedBlock.put(configJs.text(), "//", ClientPrivacySettings.BLOCK,
                        ClientPrivacySettings.block(profile))), Validator.NONE, Set.of()));
        changes.add(VideobridgeStun.jvbConf(domain).change(state, "the videobridge asks this server's own STUN service for "
                + "its address", VIDEOBRIDGE));
        FileSnapshot legacy = state.file(JitsiFiles.JVB_PROPERTIES);
        if (legacy.exists()) {
            changes.add(FileChange.ifDifferent("the videobridge asks this server's own STUN service for its address", legacy,
                    FileWrite.of(legacy.path(), VideobridgeStun.legacyProperties(legacy.text(), domain)), Validator.NONE,
                    VIDEOBRIDGE));
        }
        return changes.stream().filter(Objects::nonNull).toList();
    }

    @Override
    public List<ServerCheck> checks(Profile profile) {
        return List.of(new NoThirdPartyHostsCheck(profile.domain()), new LocalRecordingCheck(profile.options().localRecording()));
    }
}
