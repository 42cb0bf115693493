package org.ownmeet.installers.ssh.problem;

public final class AgentUnavailableProblem extends SshProblem {
    private static final long serialVersionUID = 1L;

    public AgentUnavailableProblem(String detail, Throwable cause) {
        super("No SSH agent with keys is running on this computer. Log in with a password or choose a key file.",
                detail, cause);
    }
}
