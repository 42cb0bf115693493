package org.ownmeet.installers.password.problem;

import java.util.List;

import org.ownmeet.installers.problem.Problem;

/** Changing a password: the address answers, but not as a meeting server with hosts (no XMPP address, no such XMPP domain). */
public final class NoMeetingServerProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public NoMeetingServerProblem(String domain, String detail) {
        super("There is no meeting server of OwnMeet at " + domain + " where you can change your password. Check the address.",
                detail);
        this.arguments = values(domain);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
