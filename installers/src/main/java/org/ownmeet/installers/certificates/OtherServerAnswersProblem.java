package org.ownmeet.installers.certificates;

import java.util.List;
import org.ownmeet.installers.problem.Problem;

/** Something answers on port 80 at the domain's address, but not this server's meeting site. */
public final class OtherServerAnswersProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    OtherServerAnswersProblem(String domain, String address, String answer) {
        super("Something answers on port 80 at " + address + ", where " + domain + " points, but it is not this server's "
                        + "meeting site, so Let's Encrypt would not find its check there. If a router or another machine "
                        + "takes port 80 at that address, have it pass port 80 on to this server; then run OwnMeet again. "
                        + "OwnMeet did not ask for a certificate.",
                "GET http://" + address + "/.well-known/acme-challenge/<check file> with Host " + domain + " answered " + answer
                        + " instead of the check file");
        this.arguments = values(address, domain);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
