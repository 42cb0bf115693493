package org.ownmeet.installers.tuning;

import java.util.List;
import java.util.Set;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.engine.Validator;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.files.FileWrite;

/** For tests: the tuning's drop-ins with a limit systemd cannot read (it would ignore it), to show the engine undoes them. */
final class BrokenLimitsInstaller implements Installer {

    @Override
    public String id() {
        return "broken-limits";
    }

    @Override
    public String title() {
        return "Limits systemd cannot read";
    }

    @Override
    public StateRequest needs(Profile profile) {
        return StateRequest.of(List.of(ServiceLimits.JICOFO.path(), ServiceLimits.PROSODY.path()), List.of());
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        return List.of(new FileChange("a good limit", state.file(ServiceLimits.PROSODY.path()),
                        FileWrite.of(ServiceLimits.PROSODY.path(), "[Service]\nLimitNOFILE=70000\n"), Validator.SYSTEMD, Set.of("prosody")),
                new FileChange("a limit in words", state.file(ServiceLimits.JICOFO.path()),
                        FileWrite.of(ServiceLimits.JICOFO.path(), "[Service]\nLimitNOFILE=lots\n"), Validator.SYSTEMD, Set.of("jicofo")));
    }
}
