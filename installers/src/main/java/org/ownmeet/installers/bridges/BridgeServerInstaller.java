package org.ownmeet.installers.bridges;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.engine.Validator;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.Bridge;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.files.FileWrite;

/**
 * On an extra videobridge server: trust the main server's {@code auth.<domain>} certificate (the packages'
 * self-signed one, which the bridge checks when it logs in, as the main server's own bridge does through the
 * system's authorities) and the bridge's {@link BridgeJvbConf}, readable by the bridge's user alone.
 */
public final class BridgeServerInstaller implements Installer {
    private final Bridge bridge;
    private final Secret password;
    private final String brewery;
    private final String authCertificate;

    /**
     * @param authCertificate the main server's {@code auth.<domain>} certificate (PEM), as read over its SSH connection
     */
    public BridgeServerInstaller(Bridge bridge, Secret password, String brewery, String authCertificate) {
        this.bridge = bridge;
        this.password = password;
        this.brewery = brewery;
        this.authCertificate = authCertificate;
    }

    static String trustedCertificate(String domain) {
        return "/usr/local/share/ca-certificates/ownmeet-" + BridgeNames.authDomain(domain) + ".crt";
    }

    @Override
    public String id() {
        return "bridge-settings";
    }

    @Override
    public String title() {
        return "Connect the videobridge server to the main server";
    }

    @Override
    public StateRequest needs(Profile profile) {
        return StateRequest.of(List.of(BridgeJvbConf.PATH, trustedCertificate(profile.domain())), List.of());
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        List<Change> changes = new ArrayList<>();
        String certificate = trustedCertificate(profile.domain());
        FileChange trust = FileChange.ifDifferent("the main server's certificate for " + BridgeNames.authDomain(profile.domain())
                        + ", so the bridge can check whom it logs in to", state.file(certificate),
                FileWrite.of(certificate, authCertificate).ownedBy("root", "root").withMode("644"), Validator.NONE,
                Set.of("jitsi-videobridge2"));
        if (trust != null) {
            changes.add(trust);
            changes.add(new UpdateAuthorities());
        }
        FileChange settings = FileChange.ifDifferent("the main server's address, the bridge's account and the brewery room",
                state.file(BridgeJvbConf.PATH), FileWrite.of(BridgeJvbConf.PATH, BridgeJvbConf.render(profile, bridge, brewery,
                        password)).ownedBy("jvb", "jitsi").withMode("640"), Validator.NONE, Set.of("jitsi-videobridge2"));
        if (settings != null) {
            changes.add(settings);
        }
        return changes;
    }

    /** Debian's {@code update-ca-certificates}, which also updates Java's store where ca-certificates-java is installed. */
    record UpdateAuthorities() implements ActionChange {
        @Override
        public String summary() {
            return "Add the main server's certificate to this server's trusted authorities";
        }

        @Override
        public String detail() {
            return "update-ca-certificates";
        }

        @Override
        public Set<String> restarts() {
            return Set.of("jitsi-videobridge2");
        }

        @Override
        public void apply(ApplyContext context) {
            context.session().run(RemoteScript.asRoot("update the trusted authorities", "update-ca-certificates >/dev/null")
                    .quiet()).requireSuccess();
        }
    }
}
