package org.ownmeet.installers.engine;

import java.util.List;
import java.util.Set;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.files.FileWrite;

/** For tests: an installer whose Prosody change is broken (a Lua syntax error), to show the engine undoes it. */
final class BrokenProsodyInstaller implements Installer {
    private final String path;

    BrokenProsodyInstaller(String domain) {
        this.path = "/etc/prosody/conf.d/guest." + domain + ".cfg.lua";
    }

    @Override
    public String id() {
        return "broken";
    }

    @Override
    public String title() {
        return "A broken Prosody change";
    }

    @Override
    public StateRequest needs(Profile profile) {
        return StateRequest.of(List.of(path), List.of());
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        return List.of(new FileChange("break it", state.file(path),
                FileWrite.of(path, state.file(path).text() + "\nVirtualHost \"broken\" = = {\n"), Validator.PROSODY, Set.of("prosody")));
    }
}
