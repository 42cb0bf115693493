package org.ownmeet.installers.verify;

import java.util.ArrayList;
import java.util.List;

import org.ownmeet.installers.xmpp.XmppClient;
import org.ownmeet.installers.xmpp.XmppProblem;
import org.ownmeet.installers.xmpp.XmppSession;

/**
 * A signed-in host cannot invite anyone to sign up: the ad-hoc commands of Prosody's
 * {@code invites_adhoc} (XEP-0401, an invitation link for a contact or a new account) are refused.
 */
final class NoInvitationsCheck {
    static final List<String> COMMANDS = List.of("urn:xmpp:invite#invite", "urn:xmpp:invite#create-account");

    private NoInvitationsCheck() {
    }

    static CheckResult run(XmppClient xmpp, String domain, TemporaryAccount account) {
        List<String> refused = new ArrayList<>();
        try (XmppSession session = xmpp.logIn(account.username(), account.password())) {
            for (String command : COMMANDS) {
                try {
                    if (session.runCommand(command)) {
                        return CheckResult.failed(CheckId.NO_INVITATIONS, "A host can create an invitation link on " + domain
                                + ", with which others may sign up. Prosody's invites_adhoc module must be off there.",
                                "the ad-hoc command " + command + " completed for " + session.address());
                    }
                    refused.add(command + " did not complete");
                } catch (XmppProblem problem) {
                    if (problem.kind() != XmppProblem.Kind.REQUEST_REFUSED) {
                        throw problem;
                    }
                    refused.add(command + " refused (" + problem.condition() + ")");
                }
            }
        } catch (XmppProblem problem) {
            return CheckResult.failed(CheckId.NO_INVITATIONS, "OwnMeet could not find out whether hosts can create "
                    + "invitations: " + problem.userMessage(), problem.detail());
        }
        return CheckResult.passed(CheckId.NO_INVITATIONS, String.join("; ", refused));
    }
}
