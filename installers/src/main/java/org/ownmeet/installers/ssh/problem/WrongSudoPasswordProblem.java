package org.ownmeet.installers.ssh.problem;

import java.util.List;

public final class WrongSudoPasswordProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public WrongSudoPasswordProblem(String user, String serverSaid) {
        super("The server did not accept the password for administrator commands (sudo) of the user \"" + user
                        + "\". It is usually the user's login password.",
                "sudo rejected the password of " + user + ": " + serverSaid);
        this.arguments = values(user);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
