package org.ownmeet.installers.password.problem;

import java.util.List;

import org.ownmeet.installers.problem.Problem;

/** Changing a password: the meeting server cannot be reached (no such name, no answer, refused). */
public final class MeetingServerUnreachableProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public MeetingServerUnreachableProblem(String domain, String detail) {
        super("OwnMeet cannot reach " + domain + ". Check the address and this computer's Internet connection, then try again.",
                detail);
        this.arguments = values(domain);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
