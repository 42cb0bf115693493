package org.ownmeet.steps.session;

import java.util.Set;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.session.ServerSession;
import org.ownmeet.installers.verify.VerificationReport;

/**
 * The engine's work on the open server as Review and Install use it: plan, apply, verify, and a
 * cancel that reaches a running apply from another thread. Production delegates to the
 * {@link ServerSession}; view-model tests give a fake.
 */
public interface EngineRun {

    Plan plan(Profile profile);

    ApplyResult apply(Profile profile, EngineListener listener);

    VerificationReport verify(Profile profile);

    /** Asks a running apply to stop at its next safe point; returns at once, apply then throws. */
    void cancel();

    /** The work on the session's connection as it is now (read on the UI thread when work starts). */
    static EngineRun of(WizardSession session) {
        ServerSession server = session.server();
        return server == null ? NotConnectedProblem.RUN
                : new ServerRun(server, options(session));
    }

    /** The engine's defaults with what the user chose: the host removals confirmed, the Jitsi upgrade. */
    public static ApplyOptions options(WizardSession session) {
        return ApplyOptions.defaults().withConfirmedRemovals(Set.copyOf(session.confirmedRemovals()))
                .withJitsiUpgrade(session.upgradeJitsiProperty().get());
    }

    /** With the options the user chose ({@link #options}). */
    record ServerRun(ServerSession server, ApplyOptions options) implements EngineRun {
        @Override
        public Plan plan(Profile profile) {
            return server.plan(profile, options);
        }

        @Override
        public ApplyResult apply(Profile profile, EngineListener listener) {
            return server.apply(profile, options, listener);
        }

        @Override
        public VerificationReport verify(Profile profile) {
            return server.verify(profile);
        }

        /** Returns at once: the session ends the remote command on a thread of its own. */
        @Override
        public void cancel() {
            server.cancel();
        }
    }
}
