package org.ownmeet.installers.verify;

import java.util.Objects;

import org.ownmeet.installers.secret.Redaction;

/**
 * The outcome of one check. A failed check has a reason in plain words and a detail for IT; a
 * passed one has no reason, and a detail only where how it was checked matters (a certificate trusted
 * because it was read over SSH, not because an authority vouches for it). Text passes through
 * {@link Redaction} when the result is made.
 */
public record CheckResult(CheckId check, boolean passed, String reason, String detail) {
    public CheckResult {
        Objects.requireNonNull(check, "check");
        reason = Redaction.apply(Objects.requireNonNull(reason, "reason"));
        detail = Redaction.apply(Objects.requireNonNull(detail, "detail"));
    }

    public static CheckResult passed(CheckId check) {
        return new CheckResult(check, true, "", "");
    }

    /** Passed, with a note for IT on how. */
    public static CheckResult passed(CheckId check, String detail) {
        return new CheckResult(check, true, "", detail);
    }

    public static CheckResult failed(CheckId check, String reason, String detail) {
        return new CheckResult(check, false, reason, detail);
    }

    public String id() {
        return check.id();
    }

    public String title() {
        return check.title();
    }
}
