package org.ownmeet.installers.ssh.problem;

import java.time.Duration;
import java.util.List;

public final class ConnectionTimedOutProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public ConnectionTimedOutProblem(String host, int port, Duration waited, Throwable cause) {
        super("The server " + host + " did not answer within " + waited.toSeconds() + " seconds. Check the address, "
                        + "that the server is switched on, and that no firewall blocks port " + port + ".",
                "no answer from " + host + ":" + port + " within " + waited.toSeconds() + " s: " + reason(cause), cause);
        this.arguments = values(host, waited.toSeconds(), port);
    }

    private static String reason(Throwable cause) {
        return cause == null ? "timeout" : cause.getClass().getSimpleName() + " " + cause.getMessage();
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
