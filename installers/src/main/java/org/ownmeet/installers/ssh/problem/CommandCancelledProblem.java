package org.ownmeet.installers.ssh.problem;

import java.util.List;

public final class CommandCancelledProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public CommandCancelledProblem(String host, String label) {
        super("\"" + label + "\" was cancelled and stopped on " + host + ".",
                "command '" + label + "' on " + host + " cancelled; its processes were killed");
        this.arguments = values(label, host);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
