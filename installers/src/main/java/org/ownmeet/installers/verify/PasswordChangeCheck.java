package org.ownmeet.installers.verify;

import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.xmpp.XmppClient;
import org.ownmeet.installers.xmpp.XmppProblem;
import org.ownmeet.installers.xmpp.XmppSession;

/**
 * Check 5: the temporary host changes its own password in-band (XEP-0077), the way a host does it
 * without the admin ever knowing the new one; afterwards the old password is refused and the new one works.
 */
final class PasswordChangeCheck {
    private PasswordChangeCheck() {
    }

    static CheckResult run(XmppClient xmpp, String domain, TemporaryAccount account) {
        try (Secret newPassword = TemporaryAccount.generatePassword()) {
            try (XmppSession session = xmpp.logIn(account.username(), account.password())) {
                session.changePassword(newPassword);
            } catch (XmppProblem problem) {
                if (problem.kind() == XmppProblem.Kind.REQUEST_REFUSED) {
                    return failed("Hosts cannot change their own password: the server refused the change. In-band "
                            + "password change (Prosody's \"register\" module) must be enabled on " + domain + ".", problem);
                }
                return failed("OwnMeet could not try a password change: " + problem.userMessage(), problem);
            }
            try (XmppSession session = xmpp.logIn(account.username(), account.password())) {
                return CheckResult.failed(CheckId.PASSWORD_CHANGE, "After a host changed their password, the old "
                        + "password still works.", "login with the old password succeeded as " + session.address());
            } catch (XmppProblem problem) {
                if (problem.kind() != XmppProblem.Kind.NOT_AUTHORIZED) {
                    return failed("OwnMeet could not check that the old password stopped working: "
                            + problem.userMessage(), problem);
                }
            }
            try (XmppSession session = xmpp.logIn(account.username(), newPassword)) {
                return CheckResult.passed(CheckId.PASSWORD_CHANGE);
            } catch (XmppProblem problem) {
                return failed("After a host changed their password, the new password does not work: "
                        + problem.userMessage(), problem);
            }
        }
    }

    private static CheckResult failed(String reason, XmppProblem problem) {
        return CheckResult.failed(CheckId.PASSWORD_CHANGE, reason, problem.detail());
    }
}
