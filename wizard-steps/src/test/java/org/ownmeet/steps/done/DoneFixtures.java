package org.ownmeet.steps.done;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ownmeet.installers.engine.ApplyContext.HostCredential;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;

/** A finished run as the install step leaves it in the session: a report and new hosts with one-time passwords. */
final class DoneFixtures {
    static final String DOMAIN = "meet.example.org";

    private DoneFixtures() {
    }

    static WizardSession session(boolean desktopApps) {
        return StepTests.session(Profile.newProfile().withOptions(new Profile.Options(false, desktopApps, true)));
    }

    static VerificationReport twoFailed() {
        return new VerificationReport(DOMAIN, List.of(
                CheckResult.passed(CheckId.HTTPS),
                CheckResult.failed(CheckId.CERTIFICATE_RENEWAL, "The certificate will not renew itself.", "certbot.timer inactive"),
                CheckResult.passed(CheckId.HOST_LOGIN, "logged in over BOSH"),
                CheckResult.failed(CheckId.FIREWALL, "The firewall is off.", "ufw status: inactive")));
    }

    static VerificationReport allPassed() {
        return new VerificationReport(DOMAIN, List.of(CheckResult.passed(CheckId.HTTPS), CheckResult.passed(CheckId.HOST_LOGIN),
                CheckResult.passed(CheckId.FIREWALL)));
    }

    static ApplyResult withHosts(HostCredential... hosts) {
        return new ApplyResult(List.of(), List.of(), List.of(hosts), Map.of(), Duration.ofSeconds(90), 12);
    }

    static HostCredential host(String user, String password) {
        return new HostCredential(user, Secret.of(password));
    }
}
