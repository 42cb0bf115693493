package org.ownmeet.steps.documents;

import java.util.List;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.VerificationReport;

/** Verification reports as the engine hands them over, for the export's tests. */
final class Reports {
    private Reports() {
    }

    static VerificationReport allPassed() {
        return new VerificationReport("meet.example.org", List.of(CheckResult.passed(CheckId.HTTPS), CheckResult.passed(CheckId.HOST_LOGIN),
                CheckResult.passed(CheckId.FIREWALL)));
    }

    static VerificationReport firewallFailed() {
        return new VerificationReport("meet.example.org", List.of(CheckResult.passed(CheckId.HTTPS),
                CheckResult.failed(CheckId.FIREWALL, "The firewall is off.", "ufw status: inactive")));
    }
}
