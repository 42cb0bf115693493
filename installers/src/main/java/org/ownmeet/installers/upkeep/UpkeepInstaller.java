package org.ownmeet.installers.upkeep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.engine.Validator;
import org.ownmeet.installers.packages.InstallPackages;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.files.FileWrite;
import org.ownmeet.installers.upkeep.health.PendingSince;
import org.ownmeet.installers.verify.ServerCheck;

/**
 * The server patches itself: unattended-upgrades and needrestart from the distribution's archive, the
 * daily timers on, only the distribution's security and stable updates allowed ({@link AutomaticUpdates}),
 * services restarted quietly when an update needs it ({@link ServiceRestarts}), and a restart of the
 * server at a chosen time only if the user asked for it ({@link RebootWindow}).
 */
public final class UpkeepInstaller implements Installer {
    static final List<String> PACKAGES = List.of("unattended-upgrades", "needrestart");
    static final Probe TIMERS = new Probe("upkeep-timers",
            "for t in apt-daily.timer apt-daily-upgrade.timer; do echo \"$t $(systemctl is-enabled $t 2>/dev/null)\"; done");

    @Override
    public String id() {
        return "upkeep";
    }

    @Override
    public String title() {
        return "Keep the server updated";
    }

    @Override
    public StateRequest needs(Profile profile) {
        return StateRequest.of(List.of(AutomaticUpdates.SETTINGS, AutomaticUpdates.SCHEDULE, ServiceRestarts.SETTINGS,
                        PendingSince.HOOK),
                List.of(InstallPackages.probe("upkeep-packages", PACKAGES), TIMERS));
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        List<Change> changes = new ArrayList<>();
        if (!InstallPackages.missing(state.probe("upkeep-packages"), PACKAGES).isEmpty()) {
            changes.add(new InstallPackages(PACKAGES, "automatic security updates", options.packageLockWait()));
        }
        if (!disabledTimers(state).isEmpty()) {
            changes.add(new EnableTimers(disabledTimers(state)));
        }
        changes.add(FileChange.ifDifferent("install the distribution's security updates automatically, never Jitsi's packages",
                state.file(AutomaticUpdates.SETTINGS), FileWrite.of(AutomaticUpdates.SETTINGS,
                        AutomaticUpdates.settings(profile.upkeep())).withMode("644"), Validator.APT, Set.of()));
        changes.add(FileChange.ifDifferent("look for updates and install them every day", state.file(AutomaticUpdates.SCHEDULE),
                FileWrite.of(AutomaticUpdates.SCHEDULE, AutomaticUpdates.schedule()).withMode("644"), Validator.APT, Set.of()));
        changes.add(FileChange.ifDifferent("restart the services an update needs restarted, without asking",
                state.file(ServiceRestarts.SETTINGS), FileWrite.of(ServiceRestarts.SETTINGS, ServiceRestarts.settings())
                        .withMode("644"), Validator.PERL, Set.of()));
        changes.add(FileChange.ifDifferent("note since when each security update waits, for the health report",
                state.file(PendingSince.HOOK), FileWrite.of(PendingSince.HOOK, PendingSince.hook()).withMode("644"), Validator.APT,
                Set.of()));
        return changes.stream().filter(Objects::nonNull).toList();
    }

    @Override
    public List<ServerCheck> checks(Profile profile) {
        return List.of(new AutomaticUpdatesCheck(this, profile));
    }

    /** The daily timers of apt that are not switched on (an administrator may have masked them). */
    static List<String> disabledTimers(ServerState state) {
        return state.probe(TIMERS.id()).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.endsWith(" enabled"))
                .map(l -> l.split(" ")[0]).toList();
    }
}
