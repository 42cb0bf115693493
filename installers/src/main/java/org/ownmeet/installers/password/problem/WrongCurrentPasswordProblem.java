package org.ownmeet.installers.password.problem;

import java.util.List;

import org.ownmeet.installers.problem.Problem;

/** Changing a password: the server refused the user name or the current password. */
public final class WrongCurrentPasswordProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public WrongCurrentPasswordProblem(String user, String domain, String detail) {
        super("The server refused the current password of " + user + "@" + domain + ". Check it and type it again (mind capital letters).",
                detail);
        this.arguments = values(user, domain);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
