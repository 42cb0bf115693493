package org.ownmeet.installers.engine;

import org.ownmeet.installers.problem.Problem;

public final class RestartFailedProblem extends Problem {
    private static final long serialVersionUID = 1L;

    public RestartFailedProblem(String service, String status) {
        super("The service \"" + service + "\" did not start again after the changes. Run OwnMeet again; if it "
                        + "happens again, the details below help whoever looks after the server.",
                "systemctl restart " + service + ": " + status);
    }
}
