package org.ownmeet.installers.ssh.problem;

import java.nio.file.Path;
import java.util.List;

public final class KeyNeedsPassphraseProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public KeyNeedsPassphraseProblem(Path keyFile, Throwable cause) {
        super("The key file " + keyFile.getFileName() + " is protected by a passphrase. Enter the passphrase to use it.",
                "private key " + keyFile + " is encrypted and no passphrase was given", cause);
        this.arguments = values(keyFile.getFileName());
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
