package org.ownmeet.installers.verify;

import org.ownmeet.installers.xmpp.XmppClient;
import org.ownmeet.installers.xmpp.XmppProblem;
import org.ownmeet.installers.xmpp.XmppSession;

/** Check 2: the temporary host account logs in with its password through the HTTPS BOSH address. */
final class HostLoginCheck {
    private HostLoginCheck() {
    }

    static CheckResult run(XmppClient xmpp, String domain, TemporaryAccount account) {
        try (XmppSession session = xmpp.logIn(account.username(), account.password())) {
            return CheckResult.passed(CheckId.HOST_LOGIN);
        } catch (XmppProblem problem) {
            String reason = switch (problem.kind()) {
                case NOT_AUTHORIZED -> "The server refused the password of a host account that was just created, so "
                        + "hosts cannot log in. The main host " + domain + " must check passwords (authentication "
                        + "\"internal_hashed\").";
                case LOGIN_METHOD_NOT_OFFERED -> "The server does not offer logging in with a password on " + domain
                        + ", so hosts cannot log in. The main host must use authentication \"internal_hashed\".";
                default -> "Hosts cannot log in: " + problem.userMessage();
            };
            return CheckResult.failed(CheckId.HOST_LOGIN, reason, problem.detail());
        }
    }
}
