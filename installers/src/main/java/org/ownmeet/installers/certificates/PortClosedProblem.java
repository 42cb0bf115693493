package org.ownmeet.installers.certificates;

import java.util.List;
import org.ownmeet.installers.problem.Problem;

/** The domain points here, but port 80 cannot be reached from outside, and Let's Encrypt checks through it. */
public final class PortClosedProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    PortClosedProblem(String domain, String address, String failure) {
        super("Port 80 of this server (" + address + ") does not answer from outside. Let's Encrypt checks through port 80 "
                        + "that " + domain + " belongs to this server, so open port 80 (in the server's firewall and in your "
                        + "hosting provider's, if it has one) and run OwnMeet again. OwnMeet did not ask for a certificate.",
                "GET http://" + address + "/.well-known/acme-challenge/ with Host " + domain + ": " + failure);
        this.arguments = values(address, domain);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
