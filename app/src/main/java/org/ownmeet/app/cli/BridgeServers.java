package org.ownmeet.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ownmeet.installers.bridges.BridgeChecks;
import org.ownmeet.installers.bridges.BridgedServers;
import org.ownmeet.installers.bridges.BridgedServers.GroupPlan;
import org.ownmeet.installers.bridges.BridgedServers.GroupResult;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.standard.StandardInstallers;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.session.ServerSession;
import org.ownmeet.installers.ssh.SshSession;
import picocli.CommandLine;

/**
 * Plan, apply and verify of a profile with videobridge servers: one connection per bridge server beside the
 * main server's (each key confirmed and pinned on its own), each server's changes printed apart.
 */
final class BridgeServers implements AutoCloseable {
    private static final BridgedServers SERVERS = new BridgedServers(StandardInstallers.all());
    private final Map<String, ServerSession> sessions = new LinkedHashMap<>();

    static BridgeServers open(Profile profile, ConnectionOptions options, PrintWriter out, EngineListener listener,
                              CommandLine commandLine) {
        BridgeServers servers = new BridgeServers();
        try {
            for (Profile.Bridge bridge : profile.bridges()) {
                servers.sessions.put(bridge.name(), ServerConnection.openBridge(bridge, options, out, listener, commandLine));
            }
            return servers;
        } catch (RuntimeException e) {
            servers.close();
            throw e;
        }
    }

    private Map<String, SshSession> ssh() {
        Map<String, SshSession> ssh = new LinkedHashMap<>();
        sessions.forEach((name, session) -> ssh.put(name, session.ssh()));
        return ssh;
    }

    int plan(ServerSession main, Profile profile, PrintWriter out) {
        GroupPlan plan = SERVERS.plan(main.ssh(), ssh(), profile, ApplyOptions.defaults());
        print(out, "Main server " + profile.server().host(), plan.main().describe());
        plan.bridges().forEach((name, bridgePlan) -> print(out, "Videobridge server " + name, bridgePlan.describe()));
        int count = plan.main().changeCount() + plan.bridges().values().stream().mapToInt(Plan::changeCount).sum();
        out.println(plan.isEmpty() ? "The servers are as the profile asks: nothing to change."
                : count + " change(s) would be made. Run apply to make them.");
        return ExitCodes.OK;
    }

    /** What each server got; a bridge server that failed is said here (the others and the main server were done). */
    GroupResult apply(ServerSession main, Profile profile, ApplyOptions options, EngineListener listener, PrintWriter out) {
        GroupResult result = SERVERS.apply(main.ssh(), ssh(), profile, options, listener);
        done(out, "Main server", result.main());
        result.bridges().forEach((name, applied) -> done(out, "Videobridge server " + name, applied));
        result.failed().forEach((name, failure) -> {
            out.println("Videobridge server " + name + ": not done. " + (failure instanceof Problem problem
                    ? problem.userMessage() + "\n  for IT: " + problem.detail() : failure.getMessage()));
            out.println("  The main server and the other servers are done; run apply again to finish this one.");
        });
        return result;
    }

    boolean verify(ServerSession main, Profile profile, PrintWriter out) {
        if (profile.bridges().isEmpty()) {
            return true;
        }
        List<BridgeChecks.Result> results = BridgeChecks.check(main.ssh(), ssh(), profile);
        out.println("Videobridge servers:");
        for (BridgeChecks.Result result : results) {
            out.println("  " + (result.passed() ? "[ok]     " : "[FAILED] ") + result.reason());
            if (!result.passed()) {
                out.println("           for IT: " + result.detail());
            }
        }
        return results.stream().allMatch(BridgeChecks.Result::passed);
    }

    /**
     * Stops the videobridge on each server whose removal was confirmed, as the main server's record of the last run
     * names it; a server that cannot be reached is said, the rest goes on.
     */
    static void retire(Profile recorded, Profile profile, Set<String> confirmed, ConnectionOptions options, PrintWriter out,
                       EngineListener listener, CommandLine commandLine) {
        for (Profile.Bridge bridge : recorded.bridges()) {
            boolean kept = profile.bridges().stream().anyMatch(b -> b.name().equals(bridge.name()));
            if (kept || !confirmed.contains("jvb-" + bridge.name())) {
                continue;
            }
            try (ServerSession session = ServerConnection.openBridge(bridge, options, out, listener, commandLine)) {
                BridgedServers.retire(session.ssh());
                out.println("Videobridge server " + bridge.name() + ": its videobridge is stopped.");
            } catch (Problem problem) {
                out.println("Videobridge server " + bridge.name() + ": not stopped. " + problem.userMessage());
            }
        }
    }

    private static void print(PrintWriter out, String server, String described) {
        out.println(server + ":");
        out.print(described.isEmpty() ? "  nothing to change\n" : described);
    }

    private static void done(PrintWriter out, String server, ApplyResult result) {
        out.println(server + ": " + (result.changeCount() > 0 ? result.changeCount() + " change(s)" : "nothing to change")
                + (result.restarted().isEmpty() ? "" : ", restarted " + String.join(", ", result.restarted())) + ".");
    }

    @Override
    public void close() {
        sessions.values().forEach(ServerSession::close);
    }
}
