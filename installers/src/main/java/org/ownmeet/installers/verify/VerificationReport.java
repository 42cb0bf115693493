package org.ownmeet.installers.verify;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * What the verifier found: one result per {@link CheckId}, in order; and how the server is doing
 * ({@link HealthFinding}s: updates, disk, memory, ...), which says how things stand, not whether OwnMeet's
 * set-up is right, so it never fails the report.
 */
public record VerificationReport(String domain, List<CheckResult> checks, List<HealthFinding> health) {
    public VerificationReport {
        checks = List.copyOf(checks);
        health = List.copyOf(health);
    }

    public VerificationReport(String domain, List<CheckResult> checks) {
        this(domain, checks, List.of());
    }

    public VerificationReport withHealth(List<HealthFinding> findings) {
        return new VerificationReport(domain, checks, findings);
    }

    public boolean allPassed() {
        return checks.stream().allMatch(CheckResult::passed);
    }

    public CheckResult result(CheckId check) {
        return checks.stream().filter(result -> result.check() == check).findFirst()
                .orElseThrow(() -> new NoSuchElementException(check.id()));
    }

    public List<CheckResult> failed() {
        return checks.stream().filter(result -> !result.passed()).toList();
    }
}
