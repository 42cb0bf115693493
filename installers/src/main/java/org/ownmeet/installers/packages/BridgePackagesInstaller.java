package org.ownmeet.installers.packages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * The packages of an extra videobridge server: Jitsi's repository and key as on the main server, then
 * {@code jitsi-videobridge2} alone, without questions (its host name is the meeting domain, as on the main
 * server), the same careful apt handling, nothing upgraded.
 */
public final class BridgePackagesInstaller implements Installer {
    private static final List<String> BRIDGE = List.of("jitsi-videobridge2");

    @Override
    public String id() {
        return "bridge-packages";
    }

    @Override
    public String title() {
        return "Install the videobridge";
    }

    @Override
    public StateRequest needs(Profile profile) {
        List<Probe> probes = new ArrayList<>(PackagesInstaller.REPOSITORY_PROBES);
        probes.add(InstallPackages.probe("bridge-packages", BRIDGE));
        return StateRequest.of(List.of(PackagesInstaller.SOURCES), probes);
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        PackagesInstaller.supportedSystem(state);
        List<Change> changes = PackagesInstaller.repositoryChanges(state, profile, options);
        if (PackagesInstaller.interrupted(state) || !InstallPackages.missing(state.probe("bridge-packages"), BRIDGE).isEmpty()) {
            changes.add(new InstallVideobridge(profile.domain(), options.packageLockWait()));
        }
        return changes;
    }

    /** {@code jitsi-videobridge2} with its one question answered beforehand. */
    record InstallVideobridge(String domain, Duration lockWait) implements ActionChange {
        @Override
        public String summary() {
            return "Install the videobridge (jitsi-videobridge2 alone) for " + domain;
        }

        @Override
        public String detail() {
            return "answer given beforehand: the meeting domain; nothing installed is upgraded";
        }

        @Override
        public Set<String> restarts() {
            return Set.of();
        }

        @Override
        public void apply(ApplyContext context) {
            String script = AptScript.functions(lockWait) + ScriptResource.of(BridgePackagesInstaller.class,
                    "install-videobridge.sh").with("ANSWER", "jitsi-videobridge2 jitsi-videobridge/jvb-hostname string " + domain)
                    .text();
            context.session().run(RemoteScript.asRoot("install the videobridge", script).withTimeout(lockWait.plusMinutes(20)),
                    new WaitingReporter(context)).requireSuccess();
        }
    }
}
