package org.ownmeet.installers.verify;

import java.util.List;
import java.util.NoSuchElementException;

/** What the verifier found: one result per {@link CheckId}, in order. */
public record VerificationReport(String domain, List<CheckResult> checks) {
    public VerificationReport {
        checks = List.copyOf(checks);
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
