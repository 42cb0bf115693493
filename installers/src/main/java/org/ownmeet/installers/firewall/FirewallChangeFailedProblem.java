package org.ownmeet.installers.firewall;

import java.util.List;

import org.ownmeet.installers.problem.Problem;

/** ufw refused a command of the change; the previous firewall was put back. */
public final class FirewallChangeFailedProblem extends Problem {
    private static final long serialVersionUID = 1L;

    FirewallChangeFailedProblem(int exitStatus, List<String> output) {
        super("ufw did not accept the firewall change, so OwnMeet put the previous firewall back. The server runs as it "
                        + "did before. The details below say what ufw reported.",
                "the ufw commands exited with " + exitStatus + ": "
                        + String.join(" | ", output.subList(Math.max(0, output.size() - 4), output.size())));
    }
}
