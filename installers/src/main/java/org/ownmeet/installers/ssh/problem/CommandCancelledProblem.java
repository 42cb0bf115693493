package org.ownmeet.installers.ssh.problem;

public final class CommandCancelledProblem extends SshProblem {
    private static final long serialVersionUID = 1L;

    public CommandCancelledProblem(String host, String label) {
        super("\"" + label + "\" was cancelled and stopped on " + host + ".",
                "command '" + label + "' on " + host + " cancelled; its processes were killed");
    }
}
