package org.ownmeet.installers.ssh.problem;

import java.nio.file.Path;
import java.util.List;

public final class WrongKeyPassphraseProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public WrongKeyPassphraseProblem(Path keyFile, Throwable cause) {
        super("The passphrase for the key file " + keyFile.getFileName() + " is not correct.",
                "cannot decrypt private key " + keyFile + " with the given passphrase", cause);
        this.arguments = values(keyFile.getFileName());
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
