package org.ownmeet.installers.ssh.problem;

import java.util.List;
import org.ownmeet.installers.ssh.hostkey.HostKey;

/** The server's key is not pinned yet: the user must compare its fingerprint and confirm it first. */
public final class HostKeyNotTrustedProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;
    private final transient HostKey offered;

    public HostKeyNotTrustedProblem(String host, int port, HostKey offered) {
        super("OwnMeet has not connected to " + host + " before. Compare the server's fingerprint, " + offered.type() + " "
                        + offered.fingerprint() + ", with the one your hosting provider shows before you confirm it.",
                host + ":" + port + " offered " + offered.describe() + ", which is not in OwnMeet's known hosts");
        this.arguments = values(host, offered.type(), offered.fingerprint());
        this.offered = offered;
    }

    public HostKey offered() {
        return offered;
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
