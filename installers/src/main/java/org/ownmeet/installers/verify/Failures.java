package org.ownmeet.installers.verify;

import org.ownmeet.installers.problem.Problem;

/** Plain words for a failure the verifier did not expect from a part it calls (e.g. an SSH problem while making the account). */
final class Failures {
    private Failures() {
    }

    static String userMessage(RuntimeException failure) {
        return failure instanceof Problem problem ? problem.userMessage() : "An unexpected error occurred.";
    }

    static String describe(RuntimeException failure) {
        if (failure instanceof Problem problem) {
            return problem.detail();
        }
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }
}
