package org.ownmeet.installers.certificates;

import org.ownmeet.installers.problem.Problem;

/** The own certificate files were fine when checked, but not when OwnMeet came to read them for the server. */
public final class OwnFilesChangedProblem extends Problem {
    private static final long serialVersionUID = 1L;

    OwnFilesChangedProblem(String what) {
        super("The certificate files you chose changed after they were checked: " + what + ". Choose them again.",
                "own certificate files: " + what);
    }
}
