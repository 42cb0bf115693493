package org.ownmeet.app.cli;

import java.io.PrintWriter;
import java.util.Map;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.session.ServerSession;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.HealthFinding;
import org.ownmeet.installers.verify.VerificationReport;
import picocli.CommandLine.Command;

@Command(name = "verify", description = "Check the server from outside, as participants reach it; changes nothing but a temporary account.")
final class VerifyCommand extends ProfileCommand {
    private static final Map<HealthFinding.Level, String> LEVELS = Map.of(HealthFinding.Level.OK, "[ok]      ",
            HealthFinding.Level.WARNING, "[warning] ", HealthFinding.Level.PROBLEM, "[PROBLEM] ");

    @Override
    int run(ServerSession session, Profile profile, ProgressPrinter progress) {
        int status = report(session.verify(profile), out);
        if (profile.bridges().isEmpty()) {
            return status;
        }
        try (BridgeServers bridges = BridgeServers.open(profile, connection, out, progress, spec.commandLine())) {
            return bridges.verify(session, profile, out) ? status : ExitCodes.VERIFY_FAILED;
        }
    }

    static int report(VerificationReport report, PrintWriter out) {
        out.println("Checks from outside:");
        for (CheckResult check : report.checks()) {
            out.println("  " + (check.passed() ? "[ok]     " : "[FAILED] ") + check.title());
            if (!check.passed()) {
                out.println("           " + check.reason());
                if (!check.detail().isBlank()) {
                    out.println("           for IT: " + check.detail());
                }
            }
        }
        if (!report.health().isEmpty()) {
            out.println("Health of the server:");
            for (HealthFinding finding : report.health()) {
                out.println("  " + LEVELS.get(finding.level()) + finding.sentence());
            }
        }
        return report.allPassed() ? ExitCodes.OK : ExitCodes.VERIFY_FAILED;
    }
}
