package org.ownmeet.installers.sshlogin;

import org.ownmeet.installers.problem.Problem;

/** The new login with the key failed after password logins were turned off; the change was undone at once. */
public final class PasswordLoginsCutOffProblem extends Problem {
    private static final long serialVersionUID = 1L;

    PasswordLoginsCutOffProblem(String target, Problem newLogin) {
        super("A new login with your key did not work once password logins were off, so OwnMeet turned them on again. "
                        + "Logging in works as before. The details below say why the new login failed.",
                "after writing " + PasswordLogins.FILE + " a new SSH login as " + target + " failed (" + newLogin.detail()
                        + "); the file was put back as it was and sshd reloaded");
    }
}
