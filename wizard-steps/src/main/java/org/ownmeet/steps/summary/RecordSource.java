package org.ownmeet.steps.summary;

import org.ownmeet.installers.session.AppliedRecord;
import org.ownmeet.installers.session.ServerSession;
import org.ownmeet.steps.session.NotConnectedProblem;
import org.ownmeet.steps.session.WizardSession;

/** Reads what the open server holds; production asks the {@link ServerSession}, view-model tests give their own. */
@FunctionalInterface
public interface RecordSource {

    /** Runs on the background thread; a failure is a {@link org.ownmeet.installers.problem.Problem}. */
    AppliedRecord read();

    /** The session's connection as it is now (asked on the UI thread when the work starts). */
    static RecordSource of(WizardSession session) {
        ServerSession server = session.server();
        return server == null ? () -> {
            throw new NotConnectedProblem();
        } : server::appliedRecord;
    }
}
