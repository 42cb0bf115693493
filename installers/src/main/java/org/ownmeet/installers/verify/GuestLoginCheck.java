package org.ownmeet.installers.verify;

import org.ownmeet.installers.xmpp.XmppClient;
import org.ownmeet.installers.xmpp.XmppProblem;
import org.ownmeet.installers.xmpp.XmppSession;

/** Check 4: a guest logs in without an account on the guest domain, as the browser of someone invited does. */
final class GuestLoginCheck {
    private GuestLoginCheck() {
    }

    static CheckResult run(XmppClient xmpp, String guestDomain) {
        try (XmppSession session = xmpp.logInAnonymously(guestDomain)) {
            return CheckResult.passed(CheckId.GUEST_LOGIN);
        } catch (XmppProblem problem) {
            String reason = switch (problem.kind()) {
                case UNKNOWN_XMPP_DOMAIN -> "The server has no guest host " + guestDomain + ", so invited guests "
                        + "cannot join meetings.";
                case LOGIN_METHOD_NOT_OFFERED, NOT_AUTHORIZED -> "The guest host " + guestDomain + " does not let "
                        + "guests in without an account, so invited guests cannot join meetings.";
                default -> "Guests cannot join meetings: " + problem.userMessage();
            };
            return CheckResult.failed(CheckId.GUEST_LOGIN, reason, problem.detail());
        }
    }
}
