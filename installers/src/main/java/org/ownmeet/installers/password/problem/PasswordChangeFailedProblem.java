package org.ownmeet.installers.password.problem;

import java.util.List;

import org.ownmeet.installers.problem.Problem;

/** Changing a password: the session with the server failed in another way; the change may or may not have happened. */
public final class PasswordChangeFailedProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public PasswordChangeFailedProblem(String domain, String detail) {
        super("Talking to " + domain + " broke off, so your password may not have changed. Try logging in with the new password; if it is refused, your old one still works.",
                detail);
        this.arguments = values(domain);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
