package org.ownmeet.installers.firewall;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.ServerFacts;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.packages.InstallPackages;
import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.verify.ServerCheck;

/**
 * ufw, when the profile lets OwnMeet manage the firewall: SSH on every port it comes in on, the
 * meeting ports, everything else refused, IPv6 as well. OwnMeet's rules carry the comment
 * {@code OwnMeet <purpose>}; rules without it are the admin's and are left alone. Every change runs
 * under an {@link UndoTimer} that only a new SSH login stops.
 *
 * <p>Turning the option off hands the firewall back to the admin as it is: OwnMeet changes nothing,
 * neither turning ufw off (that would open the server without a word) nor removing its rules, and
 * says so in the plan.
 */
public final class FirewallInstaller implements Installer {
    private static final List<String> PACKAGES = List.of("ufw");
    private final BiFunction<Profile, Set<Integer>, List<FirewallRule>> ruleSet;

    public FirewallInstaller() {
        this(MeetingPorts::rules);
    }

    /** For an extra videobridge server: SSH, the media port and the port of its WebSocket, which the main server forwards. */
    public static FirewallInstaller forVideobridge(int webSocketPort) {
        return new FirewallInstaller((profile, sshPorts) -> MeetingPorts.videobridge(sshPorts, webSocketPort));
    }

    /** With another rule set than the meeting server's, for tests that need a change that goes wrong. */
    FirewallInstaller(BiFunction<Profile, Set<Integer>, List<FirewallRule>> ruleSet) {
        this.ruleSet = ruleSet;
    }

    @Override
    public String id() {
        return "firewall";
    }

    @Override
    public String title() {
        return "Set up the firewall";
    }

    @Override
    public StateRequest needs(Profile profile) {
        List<String> files = new ArrayList<>(UfwState.FILES);
        UfwState.FILES.forEach(file -> files.add(UndoTimer.SAVED + file));
        return StateRequest.of(files, List.of(ServerFacts.PROBE, FirewallProbe.PROBE, InstallPackages.probe("ufw-package", PACKAGES)));
    }

    @Override
    public List<Notice> warnings(ServerState state, Profile profile) {
        UfwState live = UfwState.read(state::file, "", FirewallProbe.parse(state.probe(FirewallProbe.PROBE.id())).running());
        if (!profile.options().firewall()) {
            return live.ownMeetsRules().isEmpty() ? List.of() : List.of(Notice.of("firewall.left-as-is", "OwnMeet no longer looks "
                    + "after the firewall. ufw stays as it is, with the rules OwnMeet made (marked \"OwnMeet\" in 'ufw status'); remove them with 'ufw "
                    + "delete', or turn ufw off with 'ufw disable', if you want to."));
        }
        List<Notice> warnings = new ArrayList<>();
        for (FirewallRule rule : wanted(state, profile)) {
            if (live.allRules().stream().anyMatch(r -> r.blocks(rule))) {
                warnings.add(Notice.of("firewall.rule-blocks", "A firewall rule of your own blocks " + rule + ", which the "
                        + "meetings need. OwnMeet leaves your rules alone; remove it with 'ufw delete'.", rule.spec(), rule.purpose()));
            }
        }
        return warnings;
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        if (!profile.options().firewall()) {
            return List.of();
        }
        FirewallProbe probe = FirewallProbe.parse(state.probe(FirewallProbe.PROBE.id()));
        List<FirewallRule> wanted = wanted(state, profile);
        List<Change> changes = new ArrayList<>();
        if (!InstallPackages.missing(state.probe("ufw-package"), PACKAGES).isEmpty()) {
            changes.add(new InstallPackages(PACKAGES, "the firewall", options.packageLockWait()));
        }
        // what an unconfirmed change of an interrupted run leaves is undone first: the change starts from what was saved
        UfwState current = probe.undoPending() ? UfwState.read(state::file, UndoTimer.SAVED, probe.undoRestoresRunning())
                : UfwState.read(state::file, "", probe.running());
        FirewallDiff diff = FirewallDiff.between(current, wanted);
        if (!diff.isEmpty() || probe.undoPending()) {
            changes.add(new ConfigureFirewall(wanted, diff, probe.undoPending(), options.firewallSafetyWindow()));
        }
        return changes;
    }

    @Override
    public List<ServerCheck> checks(Profile profile) {
        return profile.options().firewall() ? List.of(new FirewallCheck(this, profile)) : List.of();
    }

    /** What ufw lacks, on the live server, for what {@code profile} asks; empty when it is right. */
    List<String> differences(ServerState state, Profile profile) {
        FirewallProbe probe = FirewallProbe.parse(state.probe(FirewallProbe.PROBE.id()));
        List<String> differences = new ArrayList<>(FirewallDiff.between(UfwState.read(state::file, "", probe.running()),
                wanted(state, profile)).lines());
        if (probe.undoPending()) {
            differences.add("a change is still waiting for its confirmation (the undo timer is armed)");
        }
        return differences;
    }

    /** The rules for every port SSH comes in on: those sshd listens on, and the one this login came in on. */
    private List<FirewallRule> wanted(ServerState state, Profile profile) {
        Set<Integer> sshPorts = new TreeSet<>(ServerFacts.of(state).sshPorts());
        FirewallProbe.parse(state.probe(FirewallProbe.PROBE.id())).connectionPort().ifPresent(sshPorts::add);
        if (sshPorts.isEmpty()) {
            throw new SshPortUnknownProblem();
        }
        return ruleSet.apply(profile, sshPorts);
    }
}
