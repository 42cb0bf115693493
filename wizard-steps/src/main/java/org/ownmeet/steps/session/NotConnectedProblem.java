package org.ownmeet.steps.session;

import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.verify.VerificationReport;

/** There is no open connection (the connection step was skipped or the connection was closed). */
public final class NotConnectedProblem extends Problem {
    private static final long serialVersionUID = 1L;

    /** The work without a server: every call says so, as a problem the page shows. */
    static final EngineRun RUN = new EngineRun() {
        @Override
        public Plan plan(Profile profile) {
            throw new NotConnectedProblem();
        }

        @Override
        public ApplyResult apply(Profile profile, EngineListener listener) {
            throw new NotConnectedProblem();
        }

        @Override
        public VerificationReport verify(Profile profile) {
            throw new NotConnectedProblem();
        }

        @Override
        public void cancel() {
        }
    };

    public NotConnectedProblem() {
        super("OwnMeet is not connected to your server. Go back to the connection step and connect again.", "no open SSH session");
    }
}
