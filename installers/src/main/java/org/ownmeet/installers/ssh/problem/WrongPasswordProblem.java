package org.ownmeet.installers.ssh.problem;

import java.util.List;

public final class WrongPasswordProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public WrongPasswordProblem(String user, String host, Throwable cause) {
        super("The server did not accept the password for the user \"" + user + "\". Check the user name and the "
                        + "password; both are case-sensitive.",
                "password authentication of " + user + "@" + host + " rejected", cause);
        this.arguments = values(user);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
