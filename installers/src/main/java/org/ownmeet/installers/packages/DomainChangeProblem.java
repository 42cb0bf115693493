package org.ownmeet.installers.packages;

import org.ownmeet.installers.problem.Problem;

public final class DomainChangeProblem extends Problem {
    private static final long serialVersionUID = 1L;

    public DomainChangeProblem(String installedFor, String wanted) {
        super("Jitsi Meet on this server was set up for " + installedFor + ", not " + wanted + ". OwnMeet does not move "
                        + "a server to another address; use the address it has, or start with a fresh server.",
                "jitsi-videobridge/jvb-hostname is " + installedFor + ", the profile asks for " + wanted);
    }
}
