package org.ownmeet.app.cli;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.session.ServerSession;
import picocli.CommandLine.Command;

@Command(name = "plan", description = "Show every change apply would make; changes nothing.")
final class PlanCommand extends ProfileCommand {

    @Override
    int run(ServerSession session, Profile profile, ProgressPrinter progress) {
        if (!profile.bridges().isEmpty()) {
            try (BridgeServers bridges = BridgeServers.open(profile, connection, out, progress, spec.commandLine())) {
                return bridges.plan(session, profile, out);
            }
        }
        Plan plan = session.plan(profile, ApplyOptions.defaults());
        out.print(plan.describe());
        out.println(plan.isEmpty() ? "The server is as the profile asks: nothing to change."
                : plan.changeCount() + " change(s) would be made. Run apply to make them.");
        return ExitCodes.OK;
    }
}
