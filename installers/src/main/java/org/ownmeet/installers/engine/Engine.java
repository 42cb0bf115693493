package org.ownmeet.installers.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFile;
import org.ownmeet.installers.profile.validation.ProfileValidator;
import org.ownmeet.installers.profile.validation.ValidationResult;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.ssh.files.DiskFullProblem;

/**
 * Runs the installers in order: {@link #plan} reads the server once and shows every change without
 * making any; {@link #apply} makes them, step by step, re-reading the server after a step that
 * changed something (the next step may depend on it), restarts what must restart, and records what
 * was applied on the server. It knows no installer in particular: the standard ones, and checking
 * their result from outside, are assembled above it ({@code installers.standard}).
 */
public final class Engine {
    private final List<Installer> installers;
    private final ServiceRestarts restarts = new ServiceRestarts();

    public Engine(List<Installer> installers) {
        this.installers = List.copyOf(installers);
    }

    /**
     * Starts each installer's {@link Installer#prepare} on a background thread and returns at once;
     * call it before connecting. Plan and apply do not wait for it: what it warms up they would
     * otherwise do themselves.
     */
    public void prepare(Profile profile) {
        Thread preparing = new Thread(() -> {
            for (Installer installer : installers) {
                try {
                    installer.prepare(profile);
                } catch (RuntimeException e) {
                    return; // the same work fails again where it is needed, with its own problem
                }
            }
        }, "ownmeet-prepare");
        preparing.setDaemon(true);
        preparing.start();
    }

    public Plan plan(SshSession session, Profile asGiven, ApplyOptions options) {
        Profile profile = checked(asGiven);
        session.privilege();
        ServerState state = read(session, profile);
        List<Plan.Step> steps = new ArrayList<>();
        Set<String> pending = ServerRecord.pendingRestarts(state);
        for (Installer installer : installers) {
            steps.add(new Plan.Step(installer.id(), installer.title(), installer.plan(state, profile, options),
                    installer.warnings(state, profile)));
        }
        if (!pending.isEmpty()) {
            steps.add(new Plan.Step("restarts", "Restarts left over from an interrupted run",
                    List.of(new PendingChange("Restart " + String.join(", ", pending), "a previous run changed their "
                            + "configuration but was cut off before restarting them"))));
        }
        return new Plan(steps);
    }

    public ApplyResult apply(SshSession session, Profile asGiven, ApplyOptions options, EngineListener listener) {
        return apply(session, asGiven, options, listener, new Cancellation());
    }

    /**
     * As {@link #apply(SshSession, Profile, ApplyOptions, EngineListener)}, and stops where
     * {@code cancellation} is requested from another thread (the caller also ends the command running
     * then, see {@link SshSession#cancelRunning()}): before the next step, between a step's changes, or
     * before the restarts, with {@link Cancellation.Stopped}. What was done stays; a new run finishes the rest.
     */
    public ApplyResult apply(SshSession session, Profile asGiven, ApplyOptions options, EngineListener listener,
                             Cancellation cancellation) {
        Profile profile = checked(asGiven);
        String profileJson = ProfileFile.toJson(profile);
        long start = System.nanoTime();
        ApplyContext context = new ApplyContext(session, listener, options, cancellation);
        int position = 0; // the installers before it are done
        Set<String> toRestart = Set.of();
        try {
            // how to become root is settled first (it costs its own round trips once per connection)
            session.privilege();
            int roundTripsBefore = session.roundTrips();
            ServerState state = read(session, profile);
            toRestart = ServerRecord.pendingRestarts(state);
            boolean markedBefore = !toRestart.isEmpty();
            boolean stale = false;
            List<Plan.Step> made = new ArrayList<>();
            for (; position < installers.size(); position++) {
                cancellation.checkpoint();
                if (stale) {
                    // the next step may depend on what the last one changed
                    state = read(session, profile);
                    stale = false;
                }
                Installer installer = installers.get(position);
                for (Notice warning : installer.warnings(state, profile)) {
                    listener.on(new EngineEvent.Warning(installer.id(), warning.english()));
                }
                List<Change> changes = installer.plan(state, profile, options);
                if (changes.isEmpty()) {
                    continue;
                }
                listener.on(new EngineEvent.StepStarted(installer.id(), installer.title()));
                long stepStart = System.nanoTime();
                Set<String> needed = new LinkedHashSet<>(toRestart);
                changes.forEach(c -> needed.addAll(c.restarts()));
                Set<String> dueBefore = toRestart;
                if (!needed.equals(toRestart)) {
                    toRestart = needed;
                    ServerRecord.markRestartPending(session, toRestart);
                    markedBefore = true;
                }
                try {
                    ChangeApplier.apply(installer, changes, context);
                } catch (ChangeRejectedProblem | DiskFullProblem rejected) {
                    // the step's files are (back) as they were: what it would have restarted is not due after all
                    try {
                        ServerRecord.restorePending(session, dueBefore);
                    } catch (RuntimeException alsoFailed) {
                        // (a full disk may refuse this too) the worst left is a restart the next run makes needlessly
                        rejected.addSuppressed(alsoFailed);
                    }
                    throw rejected;
                }
                made.add(new Plan.Step(installer.id(), installer.title(), changes));
                listener.on(new EngineEvent.StepFinished(installer.id(), Duration.ofNanos(System.nanoTime() - stepStart)));
                stale = true;
            }
            cancellation.checkpoint();
            long restartStart = System.nanoTime();
            List<String> restarted = restarts.restart(session, toRestart, listener);
            toRestart = Set.of();
            if (!restarted.isEmpty()) {
                listener.on(new EngineEvent.StepFinished("restarts", Duration.ofNanos(System.nanoTime() - restartStart)));
            }
            Map<String, String> versions = ServerRecord.versions(made.isEmpty() ? state : read(session, profile));
            boolean profileChanged = !state.file(ServerRecord.PROFILE).exists()
                    || !state.file(ServerRecord.PROFILE).text().equals(profileJson);
            if (!made.isEmpty() || markedBefore || profileChanged) {
                ServerRecord.record(session, profileJson, made, restarted, versions);
            }
            return new ApplyResult(made, restarted, context.newCredentials(), versions, Duration.ofNanos(System.nanoTime() - start),
                    session.roundTrips() - roundTripsBefore);
        } catch (RuntimeException e) {
            if (!cancellation.isRequested() || e instanceof ChangeRejectedProblem) {
                // accounts made before the failure keep their one-time passwords: the caller shows them once
                throw HostsMadeBefore.attach(e, context.newCredentials());
            }
            throw stopped(position, !toRestart.isEmpty(), context, e);
        }
    }

    private Cancellation.Stopped stopped(int position, boolean restartsDue, ApplyContext context, RuntimeException cause) {
        return Cancellation.Stopped.at(installers.stream().map(Installer::id).toList(), position, restartsDue,
                context.newCredentials(), cause);
    }

    /** The profile last applied on the server and the installed versions, as the documents need them. */
    public AppliedRecord applied(SshSession session) {
        session.privilege();
        ServerState state = StateReader.read(session, ServerRecord.needs());
        FileSnapshot profile = state.file(ServerRecord.PROFILE);
        return new AppliedRecord(profile.exists() ? profile.text() : null, ServerRecord.versions(state));
    }

    /** The profile as the engine uses it (domain in ASCII, names normalised); an invalid one never reaches the server. */
    public static Profile checked(Profile profile) {
        ValidationResult result = ProfileValidator.validate(profile);
        if (!result.isValid()) {
            throw new InvalidProfileProblem(result.errors());
        }
        return result.normalised();
    }

    private ServerState read(SshSession session, Profile profile) {
        List<StateRequest> requests = new ArrayList<>();
        requests.add(ServerRecord.needs());
        installers.forEach(installer -> requests.add(installer.needs(profile)));
        ServerState state = StateReader.read(session, StateRequest.merge(requests));
        List<StateRequest> followUps = new ArrayList<>();
        for (Installer installer : installers) {
            followUps.add(installer.followUp(state, profile));
        }
        StateRequest more = StateRequest.merge(followUps);
        return more.files().isEmpty() && more.probes().isEmpty() ? state : state.with(StateReader.read(session, more));
    }
}
