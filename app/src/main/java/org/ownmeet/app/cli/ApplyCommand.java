package org.ownmeet.app.cli;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ownmeet.installers.bridges.BridgedServers.GroupResult;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.HostsMadeBefore;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFile;
import org.ownmeet.installers.profile.ProfileFileException;
import org.ownmeet.installers.session.ServerSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "apply", description = "Bring the server to what the profile asks, then check it from outside.")
final class ApplyCommand extends ProfileCommand {
    @Option(names = "--confirm-removal", paramLabel = "USER",
            description = "Delete this host account, or the account jvb-NAME of the videobridge NAME, which is no longer in the "
                    + "profile (repeat for several).")
    List<String> confirmedRemovals = List.of();

    @Option(names = "--no-verify", description = "Skip the checks from outside after applying.")
    boolean noVerify;

    @Option(names = "--upgrade-jitsi", description = "Upgrade the Jitsi packages if newer ones are available, and put every "
            + "OwnMeet setting back on them in the same run.")
    boolean upgradeJitsi;

    @Option(names = "--package-lock-wait", paramLabel = "MINUTES", defaultValue = "20",
            description = "How long to wait for system updates that hold the package manager (default: ${DEFAULT-VALUE}).")
    int lockWaitMinutes;

    @Override
    int run(ServerSession session, Profile profile, ProgressPrinter progress) {
        ApplyOptions options = ApplyOptions.defaults().withConfirmedRemovals(Set.copyOf(new LinkedHashSet<>(confirmedRemovals)))
                .withPackageLockWait(Duration.ofMinutes(lockWaitMinutes)).withJitsiUpgrade(upgradeJitsi);
        // a confirmed removal of a bridge needs the bridges' steps on the main server too
        if (!profile.bridges().isEmpty() || confirmedRemovals.stream().anyMatch(u -> u.startsWith("jvb-"))) {
            return applyWithBridges(session, profile, options, progress);
        }
        ApplyResult result;
        try {
            result = session.apply(profile, options, progress);
        } catch (RuntimeException endedEarly) {
            // stopped or failed after making host accounts: their one-time passwords exist nowhere else
            printNewHosts(HostsMadeBefore.in(endedEarly), profile);
            throw endedEarly;
        }
        String restarted = result.restarted().isEmpty() ? "" : "restarted " + String.join(", ", result.restarted());
        if (result.changeCount() > 0) {
            out.println("Done: " + result.changeCount() + " change(s)" + (restarted.isEmpty() ? "." : ", " + restarted + "."));
        } else {
            out.println("Nothing to change: the server is as the profile asks." + (restarted.isEmpty() ? ""
                    : " Made the restarts an earlier run left due: " + restarted + "."));
        }
        printNewHosts(result.newHosts(), profile);
        out.printf("(apply: %.1f s, %d round trips)%n", result.took().toMillis() / 1000.0, result.roundTrips());
        return noVerify ? ExitCodes.OK : VerifyCommand.report(session.verify(profile), out);
    }

    /** The main server, then each videobridge server; the checks of all of them unless --no-verify. */
    private int applyWithBridges(ServerSession session, Profile profile, ApplyOptions options, ProgressPrinter progress) {
        Profile recorded = recordedProfile(session);
        try (BridgeServers bridges = BridgeServers.open(profile, connection, out, progress, spec.commandLine())) {
            GroupResult result;
            try {
                result = bridges.apply(session, profile, options, progress, out);
            } catch (RuntimeException endedEarly) {
                printNewHosts(HostsMadeBefore.in(endedEarly), profile);
                throw endedEarly;
            }
            printNewHosts(result.main().newHosts(), profile);
            if (recorded != null) {
                BridgeServers.retire(recorded, profile, options.confirmedRemovals(), connection, out, progress, spec.commandLine());
            }
            boolean allDone = result.failed().isEmpty();
            if (noVerify) {
                return allDone ? ExitCodes.OK : ExitCodes.APPLY_FAILED;
            }
            int status = VerifyCommand.report(session.verify(profile), out);
            boolean bridgesWork = bridges.verify(session, profile, out);
            return !allDone ? ExitCodes.APPLY_FAILED : bridgesWork ? status : ExitCodes.VERIFY_FAILED;
        }
    }

    /** The profile of the main server's last run, which names the bridge servers taken off the list since; null if none. */
    private static Profile recordedProfile(ServerSession session) {
        String json = session.applied().profileJson();
        try {
            return json == null ? null : ProfileFile.fromJson(json);
        } catch (ProfileFileException unreadable) {
            return null;
        }
    }

    @Override
    boolean cancelsOnCtrlC() {
        return true;
    }

    private void printNewHosts(List<ApplyContext.HostCredential> newHosts, Profile profile) {
        if (newHosts.isEmpty()) {
            return;
        }
        out.println("New host accounts. Give each host their one-time password; OwnMeet keeps it nowhere, and the");
        out.println("host should change it at their first login:");
        for (ApplyContext.HostCredential host : newHosts) {
            out.println("  " + host.username() + "@" + profile.domain() + "   " + new String(host.oneTimePassword().chars()));
            host.oneTimePassword().close();
        }
    }
}
