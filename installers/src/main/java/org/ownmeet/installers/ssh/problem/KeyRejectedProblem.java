package org.ownmeet.installers.ssh.problem;

import java.util.List;

public final class KeyRejectedProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public KeyRejectedProblem(String user, String host, String key, Throwable cause) {
        super("The server did not accept your key for the user \"" + user + "\". The key's public part must be in "
                        + "the file .ssh/authorized_keys of that user on the server.",
                "public key authentication of " + user + "@" + host + " with " + key + " rejected", cause);
        this.arguments = values(user);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
