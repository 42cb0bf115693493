package org.ownmeet.installers.ssh.problem;

public final class SudoPasswordMissingProblem extends SshProblem {
    private static final long serialVersionUID = 1L;

    public SudoPasswordMissingProblem(String user) {
        super("The user \"" + user + "\" needs a password for administrator commands (sudo). Enter it to go on.",
                "sudo -n refused " + user + " and no sudo password was given");
    }
}
