package org.ownmeet.installers.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ownmeet.installers.ssh.SshSession;

/**
 * Runs the installers' {@link ServerCheck}s around the checks from outside and puts all results in
 * one report, the outside checks first. A check that throws (a bug, not a finding) gives a failed
 * result with the reason, and the others still run.
 */
public final class ServerChecks {
    private ServerChecks() {
    }

    public static VerificationReport around(SshSession session, VerifyTarget target, List<ServerCheck> checks,
            Supplier<VerificationReport> outside) {
        Map<ServerCheck, RuntimeException> notReady = new LinkedHashMap<>();
        for (ServerCheck check : checks) {
            try {
                check.before(session);
            } catch (RuntimeException e) {
                notReady.put(check, e);
            }
        }
        VerificationReport report = outside.get();
        List<CheckResult> results = new ArrayList<>(report.checks());
        for (ServerCheck check : checks) {
            RuntimeException failure = notReady.get(check);
            if (failure == null) {
                try {
                    results.add(check.after(session, target));
                    continue;
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            results.add(CheckResult.failed(check.id(), "The check could not be completed: " + Failures.userMessage(failure),
                    Failures.describe(failure)));
        }
        return new VerificationReport(report.domain(), results, report.health());
    }
}
