package org.ownmeet.installers.packages;

import org.ownmeet.installers.problem.Problem;

public final class UnsupportedSystemProblem extends Problem {
    private static final long serialVersionUID = 1L;

    public UnsupportedSystemProblem(TargetSystem system) {
        super("OwnMeet sets up " + TargetSystem.SUPPORTED + ". This server runs " + system
                        + ". Choose one of those when you rent or reinstall the server.",
                "unsupported distribution: " + system);
    }
}
