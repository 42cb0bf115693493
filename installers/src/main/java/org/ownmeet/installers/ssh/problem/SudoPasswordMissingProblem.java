package org.ownmeet.installers.ssh.problem;

import java.util.List;

public final class SudoPasswordMissingProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public SudoPasswordMissingProblem(String user) {
        super("The user \"" + user + "\" needs a password for administrator commands (sudo). Enter it to go on.",
                "sudo -n refused " + user + " and no sudo password was given");
        this.arguments = values(user);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
