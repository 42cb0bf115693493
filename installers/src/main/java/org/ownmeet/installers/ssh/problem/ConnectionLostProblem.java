package org.ownmeet.installers.ssh.problem;

public final class ConnectionLostProblem extends SshProblem {
    private static final long serialVersionUID = 1L;

    public ConnectionLostProblem(String host, String during, Throwable cause) {
        super("The connection to " + host + " was lost while OwnMeet was " + during + ". Check the network and run "
                        + "OwnMeet again; it picks up where it stopped.",
                "connection to " + host + " lost during " + during + ": "
                        + (cause == null ? "channel closed" : cause.getClass().getSimpleName() + " " + cause.getMessage()),
                cause);
    }
}
