package org.ownmeet.installers.verify;

import org.ownmeet.installers.xmpp.XmppClient;
import org.ownmeet.installers.xmpp.XmppProblem;
import org.ownmeet.installers.xmpp.XmppSession;

/**
 * A guest cannot open a meeting: logged in without an account on the guest host, entering a room
 * that does not exist yet in {@code conference.<domain>} is refused (only jicofo, on a signed-in
 * host's request, creates rooms).
 */
final class GuestsCannotOpenMeetingsCheck {
    private GuestsCannotOpenMeetingsCheck() {
    }

    static CheckResult run(XmppClient xmpp, VerifyTarget target) {
        String room = TemporaryAccount.generate().username() + "@conference." + target.domain();
        try (XmppSession guest = xmpp.logInAnonymously(target.guestDomain())) {
            try {
                guest.enterRoom(room);
                return CheckResult.failed(CheckId.GUESTS_CANNOT_OPEN_MEETINGS, "A guest can open a new meeting without an "
                        + "account. The meeting rooms (conference." + target.domain() + ") must let only jicofo create rooms "
                        + "(restrict_room_creation = true).", "a guest of " + target.guestDomain() + " created and entered "
                        + room);
            } catch (XmppProblem problem) {
                if (problem.kind() == XmppProblem.Kind.REQUEST_REFUSED) {
                    return CheckResult.passed(CheckId.GUESTS_CANNOT_OPEN_MEETINGS, "a guest entering the new room " + room
                            + " was refused (" + problem.condition() + ")");
                }
                throw problem;
            }
        } catch (XmppProblem problem) {
            return CheckResult.failed(CheckId.GUESTS_CANNOT_OPEN_MEETINGS, "OwnMeet could not find out whether guests can "
                    + "open meetings: " + problem.userMessage(), problem.detail());
        }
    }
}
