package org.ownmeet.installers.ssh.problem;

import java.util.List;

public final class UnknownHostProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public UnknownHostProblem(String host, Throwable cause) {
        super("OwnMeet cannot find a server called \"" + host + "\". Check the address for typing mistakes.",
                "name lookup of " + host + " failed", cause);
        this.arguments = values(host);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
