package org.ownmeet.installers.ssh.problem;

import java.nio.file.Path;

public final class KeyNeedsPassphraseProblem extends SshProblem {
    private static final long serialVersionUID = 1L;

    public KeyNeedsPassphraseProblem(Path keyFile, Throwable cause) {
        super("The key file " + keyFile.getFileName() + " is protected by a passphrase. Enter the passphrase to use it.",
                "private key " + keyFile + " is encrypted and no passphrase was given", cause);
    }
}
