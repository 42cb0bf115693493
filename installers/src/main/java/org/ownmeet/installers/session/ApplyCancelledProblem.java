package org.ownmeet.installers.session;

import java.util.List;

import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.engine.HostsMadeBefore;
import org.ownmeet.installers.problem.Problem;

/**
 * The user stopped a run. What was finished stays (each step is complete and checked); the steps not
 * reached are listed; running OwnMeet again finishes the set-up.
 */
public final class ApplyCancelledProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> done;
    private final List<String> left;

    /**
     * @param done the ids of the installers whose changes were made before the stop
     * @param left the ids of the installers not (or not fully) run
     */
    public ApplyCancelledProblem(List<String> done, List<String> left) {
        this(done, left, List.of());
    }

    /**
     * @param done     the ids of the steps finished before the stop (those with nothing to change among them)
     * @param left     the ids of the steps not run or not run to their end, in order; {@code restarts} last
     *                 when services were still to be restarted
     * @param newHosts host accounts made before the stop, with their one-time passwords (shown once, as after
     *                 a whole run: the next run leaves existing accounts alone)
     */
    public ApplyCancelledProblem(List<String> done, List<String> left, List<ApplyContext.HostCredential> newHosts) {
        super("Stopped as you asked. What was finished stays in place and is complete; run OwnMeet again to finish the rest.",
                "cancelled; done: " + String.join(", ", done) + "; left: " + String.join(", ", left));
        this.done = List.copyOf(done);
        this.left = List.copyOf(left);
        HostsMadeBefore.attach(this, newHosts);
    }

    public List<String> done() {
        return done;
    }

    public List<String> left() {
        return left;
    }

    /** The same as {@link HostsMadeBefore#in} of this problem, as for a run that failed. */
    public List<ApplyContext.HostCredential> newHosts() {
        return HostsMadeBefore.in(this);
    }
}
