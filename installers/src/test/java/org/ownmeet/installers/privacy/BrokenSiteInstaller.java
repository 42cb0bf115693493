package org.ownmeet.installers.privacy;

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

/** For tests: an installer whose nginx change is broken (an unknown directive), to show the engine undoes it. */
final class BrokenSiteInstaller implements Installer {
    private final String path;

    BrokenSiteInstaller(String domain) {
        this.path = "/etc/nginx/sites-available/" + domain + ".conf";
    }

    @Override
    public String id() {
        return "broken";
    }

    @Override
    public String title() {
        return "A broken nginx change";
    }

    @Override
    public StateRequest needs(Profile profile) {
        return StateRequest.of(List.of(path), List.of());
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        return List.of(new FileChange("break it", state.file(path), FileWrite.of(path, state.file(path).text()
                + "\nthis_is_no_directive on;\n"), Validator.NGINX, Set.of("nginx")));
    }
}
