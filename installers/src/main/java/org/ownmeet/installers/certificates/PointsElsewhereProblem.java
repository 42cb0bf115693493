package org.ownmeet.installers.certificates;

import java.util.List;

import org.ownmeet.installers.problem.Problem;

/** The domain's address record names another machine than this server. */
public final class PointsElsewhereProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final boolean severalOwnAddresses;
    private final List<String> arguments;

    PointsElsewhereProblem(String domain, String address, List<String> ownAddresses) {
        super("The name " + domain + " points to " + address + ", but this server's address"
                        + (ownAddresses.size() == 1 ? " is " : "es are ") + String.join(", ", ownAddresses)
                        + ", and nothing at " + address + " answers for this server. Change the " + (address.contains(":")
                        ? "AAAA" : "A") + " record of " + domain + " at your domain provider to this server's address (or "
                        + "remove it), wait a few minutes, and run OwnMeet again. OwnMeet did not ask for a certificate.",
                domain + " resolves to " + address + "; the server's own addresses: " + String.join(" ", ownAddresses)
                        + "; http://" + address + "/.well-known/acme-challenge/ did not connect");
        this.severalOwnAddresses = ownAddresses.size() != 1;
        this.arguments = values(domain, address, String.join(", ", ownAddresses), address.contains(":") ? "AAAA" : "A");
    }

    /** {@code points-elsewhere}, or {@code points-elsewhere.several} when the server has several addresses. */
    @Override
    public String code() {
        return severalOwnAddresses ? super.code() + ".several" : super.code();
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
