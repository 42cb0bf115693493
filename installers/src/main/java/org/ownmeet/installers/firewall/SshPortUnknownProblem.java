package org.ownmeet.installers.firewall;

import org.ownmeet.installers.problem.Problem;

/** Neither sshd's listening sockets nor the login itself tell which port SSH comes in on. */
public final class SshPortUnknownProblem extends Problem {
    private static final long serialVersionUID = 1L;

    SshPortUnknownProblem() {
        super("OwnMeet cannot tell on which port the server receives SSH logins, so it does not turn on the firewall: "
                        + "it could lock you out. Turn the firewall option off, or ask whoever looks after the server.",
                "no sshd socket in 'ss -Hltnp' and no SSH_CONNECTION in the environment of the login");
    }
}
