package org.ownmeet.installers.sshlogin;

import org.ownmeet.installers.problem.Problem;

/** sshd refused the setting, or another setting keeps password logins on; nothing was changed. */
public final class PasswordLoginsRefusedProblem extends Problem {
    private static final long serialVersionUID = 1L;

    PasswordLoginsRefusedProblem(String output) {
        super("The SSH server did not take the setting that turns password logins off (another setting of the server may "
                        + "keep them on), so nothing was changed. The details below say what it reported.",
                "sshd -t / sshd -T after writing " + PasswordLogins.FILE + ": " + output.strip());
    }
}
