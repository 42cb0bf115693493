package org.ownmeet.installers.ssh.problem;

import java.util.List;

public final class ExitStatusMissingProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public ExitStatusMissingProblem(String host, String label, String signal) {
        super("The server " + host + " did not say whether \"" + label + "\" succeeded, so OwnMeet treats it as failed.",
                "no exit status for '" + label + "'" + (signal == null ? "" : ", exit signal " + signal));
        this.arguments = values(host, label);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
