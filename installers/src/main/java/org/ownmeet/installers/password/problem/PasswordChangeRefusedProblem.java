package org.ownmeet.installers.password.problem;

import java.util.List;

import org.ownmeet.installers.problem.Problem;

/** Changing a password: the login worked but the server refused the change (in-band change off). */
public final class PasswordChangeRefusedProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public PasswordChangeRefusedProblem(String domain, String detail) {
        super("The server " + domain + " does not let hosts change their password. Ask the person who runs it to set it up again with OwnMeet.",
                detail);
        this.arguments = values(domain);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
