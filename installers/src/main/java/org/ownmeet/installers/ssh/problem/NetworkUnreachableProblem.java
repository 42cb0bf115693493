package org.ownmeet.installers.ssh.problem;

public final class NetworkUnreachableProblem extends SshProblem {
    private static final long serialVersionUID = 1L;

    public NetworkUnreachableProblem(String host, int port, Throwable cause) {
        super("This computer has no way to reach " + host + ". Check its internet connection, then the address.",
                "connecting to " + host + ":" + port + ": " + (cause == null ? "network unreachable" : cause.getMessage()), cause);
    }
}
