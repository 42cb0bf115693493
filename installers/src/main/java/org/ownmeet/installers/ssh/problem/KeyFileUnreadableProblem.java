package org.ownmeet.installers.ssh.problem;

import java.nio.file.Path;
import java.util.List;

public final class KeyFileUnreadableProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public KeyFileUnreadableProblem(Path keyFile, Throwable cause) {
        super("OwnMeet cannot use the key file " + keyFile.getFileName() + ". Choose the private key file "
                        + "(usually id_ed25519 or id_rsa, not the .pub file).",
                "cannot read private key " + keyFile + ": " + (cause == null ? "unknown format" : cause.getMessage()), cause);
        this.arguments = values(keyFile.getFileName());
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
