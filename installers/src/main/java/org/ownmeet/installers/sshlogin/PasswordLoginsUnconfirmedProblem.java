package org.ownmeet.installers.sshlogin;

import java.time.Duration;
import java.util.List;

import org.ownmeet.installers.problem.Problem;

/** The undo timer ran before a new login confirmed the change: the server turned password logins on again by itself. */
public final class PasswordLoginsUnconfirmedProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    PasswordLoginsUnconfirmedProblem(Duration window) {
        super("Turning password logins off could not be confirmed by a new login within " + window.toSeconds()
                        + " seconds, so the server turned them on again by itself, as it is meant to. Run OwnMeet again.",
                PasswordLogins.TIMER.unit() + ".timer (" + window.toSeconds() + " s) ran before a new SSH login confirmed "
                        + PasswordLogins.FILE);
        this.arguments = values(window.toSeconds());
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
