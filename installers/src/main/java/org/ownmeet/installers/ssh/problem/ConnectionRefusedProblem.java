package org.ownmeet.installers.ssh.problem;

import java.util.List;

public final class ConnectionRefusedProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public ConnectionRefusedProblem(String host, int port, Throwable cause) {
        super("The server " + host + " answered, but does not accept SSH connections on port " + port
                        + ". Check the port number, and that SSH is running on the server.",
                "TCP connection to " + host + ":" + port + " refused", cause);
        this.arguments = values(host, port);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
