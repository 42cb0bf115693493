package org.ownmeet.installers.certificates;

import java.util.List;

import org.ownmeet.installers.problem.Problem;

/**
 * A place the certificate goes to leads somewhere it should not: a link that does not lead one step to
 * the packages' file in /var/lib/prosody, or a folder on the way that is not root's alone. Prosody's
 * user owns /var/lib/prosody, so this is how a compromised Prosody would have root overwrite a file of
 * its choice; OwnMeet stops before writing anything.
 */
public final class UnsafeCertificatePlaceProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    UnsafeCertificatePlaceProblem(String place, String leadsTo) {
        super("The certificate file " + place + " leads to " + leadsTo + ", a place that is not root's alone or that "
                        + "the Jitsi packages did not make. Someone who can change Prosody's files may have set it up so "
                        + "that OwnMeet would overwrite another file. OwnMeet stopped and changed no certificate file. "
                        + "Look at the link with 'ls -l " + place + "', remove it if you did not make it, then run OwnMeet "
                        + "again.",
                place + " resolves to " + leadsTo + "; refused before writing (a link must lead one step to a plain file "
                        + "in /var/lib/prosody, every folder on the way must be root's and not writable by others)");
        this.arguments = values(place, leadsTo);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
