package org.ownmeet.installers.engine;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.files.FileWrite;

/** For tests: an installer whose one change breaks a file so that its check fails, to show the engine undoes it. */
public final class BrokenFileInstaller implements Installer {
    private final String path;
    private final UnaryOperator<String> breakIt;
    private final Validator validator;
    private final Set<String> restarts;

    public BrokenFileInstaller(String path, UnaryOperator<String> breakIt, Validator validator, Set<String> restarts) {
        this.path = path;
        this.breakIt = breakIt;
        this.validator = validator;
        this.restarts = restarts;
    }

    /** A Lua syntax error in the guest host's Prosody file. */
    static BrokenFileInstaller prosody(String domain) {
        return new BrokenFileInstaller("/etc/prosody/conf.d/guest." + domain + ".cfg.lua", text -> text + "\nVirtualHost \"broken\" = = {\n",
                Validator.PROSODY, Set.of("prosody"));
    }

    /** An unknown directive in the meeting site's nginx file. */
    public static BrokenFileInstaller nginxSite(String domain) {
        return new BrokenFileInstaller("/etc/nginx/sites-available/" + domain + ".conf", text -> text + "\nthis_is_no_directive on;\n",
                Validator.NGINX, Set.of("nginx"));
    }

    @Override
    public String id() {
        return "broken";
    }

    @Override
    public String title() {
        return "A broken change to " + path;
    }

    @Override
    public StateRequest needs(Profile profile) {
        return StateRequest.of(List.of(path), List.of());
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        return List.of(new FileChange("break it", state.file(path), FileWrite.of(path, breakIt.apply(state.file(path).text())), validator,
                restarts));
    }
}
