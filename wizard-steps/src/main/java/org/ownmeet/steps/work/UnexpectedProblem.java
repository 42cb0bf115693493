package org.ownmeet.steps.work;

import org.ownmeet.installers.problem.Problem;

/** A failure OwnMeet has no words for (a bug): said plainly, with the exception's type for IT. */
public final class UnexpectedProblem extends Problem {
    private static final long serialVersionUID = 1L;

    public UnexpectedProblem(Throwable cause) {
        super("Something went wrong that OwnMeet did not expect. Nothing more was sent to the server; please try again.",
                cause.getClass().getName(), cause);
    }
}
