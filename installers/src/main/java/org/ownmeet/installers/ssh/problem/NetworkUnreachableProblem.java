package org.ownmeet.installers.ssh.problem;

import java.util.List;

public final class NetworkUnreachableProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public NetworkUnreachableProblem(String host, int port, Throwable cause) {
        super("This computer has no way to reach " + host + ". Check its internet connection, then the address.",
                "connecting to " + host + ":" + port + ": " + (cause == null ? "network unreachable" : cause.getMessage()), cause);
        this.arguments = values(host);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
