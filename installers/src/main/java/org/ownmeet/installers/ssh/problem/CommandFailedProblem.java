package org.ownmeet.installers.ssh.problem;

import java.util.List;

public final class CommandFailedProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public CommandFailedProblem(String host, String label, int exitStatus, List<String> lastLines) {
        super("\"" + label + "\" did not work on " + host + ". The details below say what the server reported.",
                "'" + label + "' exited with " + exitStatus + lastLine(lastLines));
        this.arguments = values(label, host);
    }

    private static String lastLine(List<String> lines) {
        return lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
