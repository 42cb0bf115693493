package org.ownmeet.installers.packages;

import java.util.List;
import org.ownmeet.installers.problem.Problem;

public final class UnsupportedSystemProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public UnsupportedSystemProblem(TargetSystem system) {
        super("OwnMeet sets up " + TargetSystem.SUPPORTED + ". This server runs " + system
                        + ". Choose one of those when you rent or reinstall the server.",
                "unsupported distribution: " + system);
        this.arguments = values(system);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
