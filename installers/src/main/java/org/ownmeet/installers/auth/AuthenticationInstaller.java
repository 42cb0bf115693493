package org.ownmeet.installers.auth;

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
import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.engine.Validator;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.ssh.files.FileWrite;
import org.ownmeet.installers.verify.ServerCheck;

/**
 * Hosts sign in to open a meeting; guests join without an account. Prosody's main host signs in
 * with passwords, a guest host takes anonymous guests, the web app sends guests there, and jicofo
 * asks for a signed-in host before it creates a room. Applied again after a reinstall of the
 * packages, it puts back whatever the packages reset.
 */
public final class AuthenticationInstaller implements Installer {
    private static final Set<String> PROSODY_AND_COMPONENTS = Set.of("prosody", "jicofo", "jitsi-videobridge2");

    @Override
    public String id() {
        return "authentication";
    }

    @Override
    public String title() {
        return "Only hosts open meetings, guests join without an account";
    }

    @Override
    public StateRequest needs(Profile profile) {
        String domain = profile.domain();
        return StateRequest.of(List.of(JitsiFiles.prosodyHost(domain), GuestVirtualHost.path(domain), JitsiFiles.configJs(domain),
                        JitsiFiles.JICOFO_CONF),
                List.of(new Probe("jitsi-anonymous", "test -e /usr/share/jitsi-meet/prosody-plugins/mod_auth_jitsi-anonymous.lua"
                        + " && echo yes || echo no")));
    }

    @Override
    public StateRequest followUp(ServerState state, Profile profile) {
        return JicofoAuthentication.edit(profile.domain()).followUp(state);
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        String domain = profile.domain();
        FileSnapshot vhost = state.file(JitsiFiles.prosodyHost(domain));
        FileSnapshot configJs = state.file(JitsiFiles.configJs(domain));
        FileSnapshot jicofo = state.file(JitsiFiles.JICOFO_CONF);
        if (!vhost.exists() || !configJs.exists() || !jicofo.exists()) {
            return List.of(new PendingChange("Let only hosts open meetings and guests join without an account",
                    "once Jitsi Meet is installed: Prosody's main host signs hosts in, a guest host takes guests, "
                            + "the web app and jicofo follow"));
        }
        boolean jitsiAnonymous = state.probe("jitsi-anonymous").strip().equals("yes");
        List<Change> changes = new ArrayList<>();
        changes.add(FileChange.ifDifferent("hosts sign in with a password and can change it themselves", vhost,
                FileWrite.of(vhost.path(), MainVirtualHost.withSignIn(vhost.text(), domain)), Validator.PROSODY, PROSODY_AND_COMPONENTS));
        changes.add(FileChange.ifDifferent("guests join without an account", state.file(GuestVirtualHost.path(domain)),
                FileWrite.of(GuestVirtualHost.path(domain), GuestVirtualHost.content(domain, jitsiAnonymous)).withMode("644"),
                Validator.PROSODY, PROSODY_AND_COMPONENTS));
        changes.add(FileChange.ifDifferent("the web app sends guests to the guest host", configJs,
                FileWrite.of(configJs.path(), ManagedBlock.put(configJs.text(), "//", "authentication",
                        "config.hosts.anonymousdomain = '" + GuestVirtualHost.guestDomain(domain) + "';")),
                Validator.NONE, Set.of()));
        changes.add(JicofoAuthentication.edit(domain).change(state, "jicofo lets only a signed-in host open a room",
                Set.of("jicofo")));
        return changes.stream().filter(Objects::nonNull).toList();
    }

    @Override
    public List<ServerCheck> checks(Profile profile) {
        return List.of(new XmppEncryptionCheck(profile.domain()));
    }
}
