package org.ownmeet.installers.verify;

import org.ownmeet.installers.xmpp.XmppClient;
import org.ownmeet.installers.xmpp.XmppProblem;
import org.ownmeet.installers.xmpp.XmppSession;

/**
 * Check 3: logging in without an account on the main domain is refused. Whoever logs in there may
 * open (create) meeting rooms; guests belong on the guest domain, where they can only join.
 */
final class NoAnonymousMeetingsCheck {
    private NoAnonymousMeetingsCheck() {
    }

    static CheckResult run(XmppClient xmpp, String domain) {
        try (XmppSession session = xmpp.logInAnonymously(domain)) {
            return CheckResult.failed(CheckId.NO_ANONYMOUS_MEETINGS, "Anyone can log in to " + domain + " without an "
                    + "account, so anyone can open a meeting (anonymous room creation is possible). The main host must "
                    + "use authentication \"internal_hashed\"; guests belong on the guest host.",
                    "SASL ANONYMOUS on " + domain + " succeeded as " + session.address());
        } catch (XmppProblem problem) {
            return switch (problem.kind()) {
                case LOGIN_METHOD_NOT_OFFERED, NOT_AUTHORIZED -> CheckResult.passed(CheckId.NO_ANONYMOUS_MEETINGS);
                default -> CheckResult.failed(CheckId.NO_ANONYMOUS_MEETINGS, "OwnMeet could not find out whether "
                        + "anyone can open a meeting without an account: " + problem.userMessage(), problem.detail());
            };
        }
    }
}
