package org.ownmeet.installers.packages;

import java.util.List;
import org.ownmeet.installers.problem.Problem;

public final class DomainChangeProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public DomainChangeProblem(String installedFor, String wanted) {
        super("Jitsi Meet on this server was set up for " + installedFor + ", not " + wanted + ". OwnMeet does not move "
                        + "a server to another address; use the address it has, or start with a fresh server.",
                "jitsi-videobridge/jvb-hostname is " + installedFor + ", the profile asks for " + wanted);
        this.arguments = values(installedFor, wanted);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
