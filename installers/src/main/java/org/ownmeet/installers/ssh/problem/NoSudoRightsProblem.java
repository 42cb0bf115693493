package org.ownmeet.installers.ssh.problem;

import java.util.List;

public final class NoSudoRightsProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public NoSudoRightsProblem(String user, String serverSaid) {
        super("The user \"" + user + "\" may not run administrator commands (sudo) on this server. Log in as root, "
                        + "or as a user who is in the sudo group.",
                "sudo refused " + user + ": " + serverSaid);
        this.arguments = values(user);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
