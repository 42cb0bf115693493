package org.ownmeet.installers.packages;

import java.util.List;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.profile.Profile;

/**
 * Newer Jitsi packages: the plan names them with the installed and the offered version; a run asked
 * to upgrade them ({@link ApplyOptions#upgradeJitsi()}) does so right after the packages step, so that
 * every later step puts its settings on the upgraded packages in the same run.
 */
public final class JitsiUpgradeInstaller implements Installer {
    /** Every Jitsi package OwnMeet installs; the automatic updates keep their hands off them. */
    public static final List<String> PACKAGES = List.of("jitsi-meet", "jitsi-meet-web", "jitsi-meet-web-config",
            "jitsi-meet-prosody", "jitsi-meet-turnserver", "jicofo", "jitsi-videobridge2");

    @Override
    public String id() {
        return "jitsi-upgrade";
    }

    @Override
    public String title() {
        return "Upgrade Jitsi Meet";
    }

    @Override
    public StateRequest needs(Profile profile) {
        return StateRequest.of(List.of(), List.of(JitsiVersions.PROBE));
    }

    @Override
    public List<Notice> warnings(ServerState state, Profile profile) {
        JitsiVersions versions = JitsiVersions.parse(state.probe(JitsiVersions.PROBE.id()));
        return versions.isEmpty() ? List.of() : List.of(notice(versions));
    }

    /** What the plan (and the wizard's summary) says of newer packages. */
    public static Notice notice(JitsiVersions versions) {
        return Notice.of("jitsi-upgrade.available", "Newer Jitsi Meet packages are available: " + versions.lines()
                + ". The automatic updates leave them alone; upgrade them through OwnMeet (apply --upgrade-jitsi, or the "
                + "choice on the wizard's summary), which keeps your settings.", versions.lines());
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        JitsiVersions versions = JitsiVersions.parse(state.probe(JitsiVersions.PROBE.id()));
        if (!options.upgradeJitsi() || versions.isEmpty()) {
            return List.of();
        }
        return List.of(new JitsiUpgrade(versions, options.packageLockWait()));
    }
}
