package org.ownmeet.installers.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.ownmeet.installers.web.ConnectionFailure;
import org.ownmeet.installers.web.VerifiedTls;
import org.ownmeet.installers.web.WebTimeouts;
import org.ownmeet.installers.xmpp.XmppClient;

/**
 * Checks a meeting server from outside, as browsers and hosts reach it: HTTPS and its certificate,
 * host login, no meetings without an account, guest login, guests cannot open a meeting, nobody signs
 * up or is invited to, no login without TLS (port 5222), a host's own password change, each over
 * {@code https://<domain>/http-bind}. Runs after every install and on demand; the report is data for
 * the UI and the GDPR documents. A server that does not answer fails within the timeouts.
 */
public final class Verifier {
    private final WebTimeouts timeouts;

    public Verifier() {
        this(WebTimeouts.DEFAULT);
    }

    public Verifier(WebTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    public VerificationReport verify(VerifyTarget target, TemporaryAccounts accounts) {
        VerifiedTls tls = new VerifiedTls(target.server(), timeouts);
        List<CheckResult> results = new ArrayList<>();
        HttpsCheck.Outcome https = HttpsCheck.run(tls);
        results.add(https.result());
        if (https.connectionFailure() != null) {
            // every other check goes through the same TLS connection, so none could tell more
            results.addAll(notChecked(https.connectionFailure()));
            results.add(CheckResult.passed(CheckId.VERIFICATION_ACCOUNT_REMOVED));
            return new VerificationReport(target.domain(), results);
        }
        XmppClient xmpp = new XmppClient(target.server(), timeouts);
        TemporaryAccount account = null;
        RuntimeException creationFailure = null;
        try {
            try {
                account = accounts.create();
            } catch (RuntimeException e) {
                creationFailure = e;
            }
            TemporaryAccount created = account;
            RuntimeException notCreated = creationFailure;
            results.add(guarded(CheckId.HOST_LOGIN, () -> created == null ? accountMissing(CheckId.HOST_LOGIN, notCreated)
                    : HostLoginCheck.run(xmpp, target.domain(), created)));
            results.add(guarded(CheckId.NO_ANONYMOUS_MEETINGS, () -> NoAnonymousMeetingsCheck.run(xmpp, target.domain())));
            results.add(guarded(CheckId.GUEST_LOGIN, () -> GuestLoginCheck.run(xmpp, target.guestDomain())));
            results.add(guarded(CheckId.GUESTS_CANNOT_OPEN_MEETINGS, () -> GuestsCannotOpenMeetingsCheck.run(xmpp, target)));
            results.add(guarded(CheckId.NO_SIGN_UP, () -> NoSignUpCheck.run(xmpp, target)));
            results.add(guarded(CheckId.NO_INVITATIONS, () -> created == null ? accountMissing(CheckId.NO_INVITATIONS, notCreated)
                    : NoInvitationsCheck.run(xmpp, target.domain(), created)));
            results.add(guarded(CheckId.NO_LOGIN_WITHOUT_TLS, () -> NoLoginWithoutTlsCheck.run(target, timeouts)));
            // last: it changes the temporary account's password
            results.add(guarded(CheckId.PASSWORD_CHANGE, () -> created == null ? accountMissing(CheckId.PASSWORD_CHANGE, notCreated)
                    : PasswordChangeCheck.run(xmpp, target.domain(), created)));
        } finally {
            results.add(AccountRemoval.run(accounts, account, target.domain()));
            if (account != null) {
                account.password().close();
            }
        }
        return new VerificationReport(target.domain(), results);
    }

    /** A check that throws (a bug, not a finding) still gives a result, and the account is still removed. */
    private static CheckResult guarded(CheckId check, Supplier<CheckResult> run) {
        try {
            return run.get();
        } catch (RuntimeException e) {
            return CheckResult.failed(check, "The check could not be completed: " + Failures.userMessage(e), Failures.describe(e));
        }
    }

    private static List<CheckResult> notChecked(ConnectionFailure failure) {
        String reason = "Not checked, because the meeting address does not answer securely (see \"" + CheckId.HTTPS.title()
                + "\").";
        return List.of(CheckId.HOST_LOGIN, CheckId.NO_ANONYMOUS_MEETINGS, CheckId.GUEST_LOGIN, CheckId.GUESTS_CANNOT_OPEN_MEETINGS,
                        CheckId.NO_SIGN_UP, CheckId.NO_INVITATIONS, CheckId.NO_LOGIN_WITHOUT_TLS, CheckId.PASSWORD_CHANGE)
                .stream().map(check -> CheckResult.failed(check, reason, failure.detail())).toList();
    }

    private static CheckResult accountMissing(CheckId check, RuntimeException failure) {
        return CheckResult.failed(check, "Not checked, because OwnMeet could not create the temporary verification "
                + "account: " + Failures.userMessage(failure), Failures.describe(failure));
    }
}
