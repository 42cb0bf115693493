package org.ownmeet.installers.password.problem;

import java.util.List;

import org.ownmeet.installers.problem.Problem;

/** Changing a password: the server's certificate failed the check (not trusted, another name, expired), so no password was sent. */
public final class MeetingCertificateNotTrustedProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public MeetingCertificateNotTrustedProblem(String domain, String detail) {
        super("The certificate of " + domain + " is not trusted by this computer, so OwnMeet did not send your password. Ask the person who runs the server.",
                detail);
        this.arguments = values(domain);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
