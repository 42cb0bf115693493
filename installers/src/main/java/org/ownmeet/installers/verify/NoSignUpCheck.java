package org.ownmeet.installers.verify;

import java.util.ArrayList;
import java.util.List;

import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.xmpp.XmppClient;
import org.ownmeet.installers.xmpp.XmppProblem;
import org.ownmeet.installers.xmpp.XmppSession;

/**
 * Nobody signs up: a stranger asks the main, guest and auth hosts for an account (XEP-0077 in-band
 * registration) without logging in, and each refuses. An account the server made all the same is
 * deleted again at once.
 */
final class NoSignUpCheck {
    private NoSignUpCheck() {
    }

    static CheckResult run(XmppClient xmpp, VerifyTarget target) {
        List<String> open = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (String host : List.of(target.domain(), target.guestDomain(), "auth." + target.domain())) {
            TemporaryAccount stranger = TemporaryAccount.generate();
            try (Secret password = stranger.password()) {
                xmpp.signUp(host, stranger.username(), password);
                open.add(host);
                details.add("in-band registration of " + stranger.username() + "@" + host + " succeeded; "
                        + removed(xmpp, host, stranger.username(), password));
            } catch (XmppProblem problem) {
                switch (problem.kind()) {
                    case REQUEST_REFUSED, UNKNOWN_XMPP_DOMAIN -> details.add(host + " refused: " + problem.detail());
                    default -> {
                        return CheckResult.failed(CheckId.NO_SIGN_UP, "OwnMeet could not find out whether strangers can "
                                + "sign up on " + host + ": " + problem.userMessage(), problem.detail());
                    }
                }
            }
        }
        if (!open.isEmpty()) {
            return CheckResult.failed(CheckId.NO_SIGN_UP, "Anyone can sign up for an account on " + String.join(", ", open)
                    + " and then open meetings. Prosody's allow_registration must be false there.", String.join("; ", details));
        }
        return CheckResult.passed(CheckId.NO_SIGN_UP, String.join("; ", details));
    }

    private static String removed(XmppClient xmpp, String host, String username, Secret password) {
        try (XmppSession session = xmpp.logIn(username, host, password)) {
            session.deleteAccount();
            return "removed again";
        } catch (XmppProblem problem) {
            return "could not be removed again (remove it with prosodyctl deluser): " + problem.detail();
        }
    }
}
