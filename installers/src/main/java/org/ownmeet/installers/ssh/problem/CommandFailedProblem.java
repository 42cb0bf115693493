package org.ownmeet.installers.ssh.problem;

import java.util.List;

public final class CommandFailedProblem extends SshProblem {
    private static final long serialVersionUID = 1L;

    public CommandFailedProblem(String host, String label, int exitStatus, List<String> lastLines) {
        super("\"" + label + "\" did not work on " + host + ". The details below say what the server reported.",
                "'" + label + "' exited with " + exitStatus + lastLine(lastLines));
    }

    private static String lastLine(List<String> lines) {
        return lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1);
    }
}
