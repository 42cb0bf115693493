package org.ownmeet.installers.ssh.problem;

import java.util.List;

import org.ownmeet.installers.ssh.hostkey.HostKey;

/** The server shows another key than the pinned one: a hard stop, never bypassed by a click. */
public final class HostKeyChangedProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;
    private final transient HostKey offered;

    public HostKeyChangedProblem(String host, int port, List<HostKey> pinned, HostKey offered) {
        super("Warning: the server " + host + " identifies itself with a different key than before. Someone may be "
                        + "intercepting the connection, or the server was reinstalled. OwnMeet has stopped and sent "
                        + "nothing. Ask whoever runs the server whether it was replaced.",
                host + ":" + port + " offered " + offered.describe() + " but OwnMeet pinned "
                        + pinned.stream().map(HostKey::describe).toList());
        this.arguments = values(host);
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
