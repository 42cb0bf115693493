package org.ownmeet.steps.summary;

import java.util.List;

import org.ownmeet.installers.packages.JitsiVersions;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.session.ServerSession;
import org.ownmeet.installers.verify.HealthFinding;
import org.ownmeet.steps.session.NotConnectedProblem;
import org.ownmeet.steps.session.WizardSession;

/** Reads how the open server is kept; production asks the {@link ServerSession}, view-model tests give their own. */
@FunctionalInterface
public interface UpkeepSource {

    /** Runs on the background thread; a failure is a {@link org.ownmeet.installers.problem.Problem}. */
    Reading read(Profile profile);

    /**
     * @param health   the server's health, as verify reports it
     * @param newer    the Jitsi packages the server's lists offer newer than installed
     * @param keyLogin the wizard logged in with a key, so password logins can be turned off
     */
    record Reading(List<HealthFinding> health, JitsiVersions newer, boolean keyLogin) {
        public Reading {
            health = List.copyOf(health);
        }
    }

    /** The session's connection as it is now (asked on the UI thread when the work starts). */
    static UpkeepSource of(WizardSession session) {
        ServerSession server = session.server();
        return server == null ? profile -> {
            throw new NotConnectedProblem();
        } : profile -> new Reading(server.health(profile), server.newerJitsi(), server.loggedInWithKey());
    }
}
