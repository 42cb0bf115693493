package org.ownmeet.installers.ssh.problem;

import org.ownmeet.installers.problem.Problem;

/** Something went wrong between OwnMeet and the server: connecting, logging in, becoming root, running a script. */
public abstract class SshProblem extends Problem {
    private static final long serialVersionUID = 1L;

    protected SshProblem(String userMessage, String detail, Throwable cause) {
        super(userMessage, detail, cause);
    }

    protected SshProblem(String userMessage, String detail) {
        super(userMessage, detail, null);
    }
}
