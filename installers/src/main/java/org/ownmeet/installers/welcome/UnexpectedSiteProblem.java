package org.ownmeet.installers.welcome;

import java.util.List;
import org.ownmeet.installers.problem.Problem;

/** The nginx site of the meeting domain has no HTTPS server, so OwnMeet does not know where its lines belong. */
public final class UnexpectedSiteProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public UnexpectedSiteProblem(String domain, String path) {
        super("The web server's configuration for " + domain + " is not in the shape the Jitsi packages make, so OwnMeet cannot "
                + "add the privacy notice to it. Ask your IT support to look at it, or reinstall Jitsi Meet.",
                path + " has no HTTPS server (no \"listen 443\" line)");
        this.arguments = values(domain);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
