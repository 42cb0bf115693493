package org.ownmeet.installers.certificates;

import java.util.List;
import org.ownmeet.installers.problem.Problem;

/** The domain has no A or AAAA record: nobody, Let's Encrypt included, can find the server by its name. */
public final class NoAddressProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    NoAddressProblem(String domain, String resolverAnswer) {
        super("The name " + domain + " does not lead anywhere yet: it has no address record (an \"A\" record for IPv4, "
                        + "\"AAAA\" for IPv6). Add one at your domain provider with this server's address, wait a few minutes "
                        + "for it to spread, and run OwnMeet again. OwnMeet did not ask for a certificate, so nothing counts "
                        + "against Let's Encrypt's limits.",
                "DNS on the server (getent -s dns) for " + domain + ": " + (resolverAnswer.isBlank() ? "no answer" : resolverAnswer));
        this.arguments = values(domain);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
