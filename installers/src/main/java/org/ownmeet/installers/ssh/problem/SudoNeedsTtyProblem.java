package org.ownmeet.installers.ssh.problem;

import java.util.List;

public final class SudoNeedsTtyProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public SudoNeedsTtyProblem(String user, String serverSaid) {
        super("This server allows sudo only from an interactive terminal, which OwnMeet does not use. Log in as "
                        + "root, or ask whoever runs the server to remove \"Defaults requiretty\" for \"" + user + "\".",
                "sudo requires a tty (requiretty): " + serverSaid);
        this.arguments = values(user);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
