package org.ownmeet.installers.ssh.problem;

public final class UnknownHostProblem extends SshProblem {
    private static final long serialVersionUID = 1L;

    public UnknownHostProblem(String host, Throwable cause) {
        super("OwnMeet cannot find a server called \"" + host + "\". Check the address for typing mistakes.",
                "name lookup of " + host + " failed", cause);
    }
}
