package org.ownmeet.installers.engine;

import java.util.List;
import org.ownmeet.installers.problem.Problem;

public final class RestartFailedProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public RestartFailedProblem(String service, String status) {
        super("The service \"" + service + "\" did not start again after the changes. Run OwnMeet again; if it "
                        + "happens again, the details below help whoever looks after the server.",
                "systemctl restart " + service + ": " + status);
        this.arguments = values(service);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
