package org.ownmeet.steps;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.engine.Validator;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.ssh.files.FileWrite;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.steps.session.EngineRun;

/**
 * The engine's work without a server, for the Review and Install tests: plans are handed out in turn,
 * each apply runs the next script (which sends events and returns or throws), cancel is recorded.
 */
public final class FakeEngineRun implements EngineRun {
    /** What one apply does: send events to the listener, then return (a result is made) or throw a problem. */
    public interface Script {
        void run(EngineListener listener) throws Exception;
    }

    private final Deque<Object> plans = new ArrayDeque<>();
    private final Deque<Script> applies = new ArrayDeque<>();
    public volatile int planCalls;
    public volatile int applyCalls;
    public volatile int verifyCalls;
    /** The profile the last apply was given. */
    public volatile Profile appliedProfile;
    public volatile boolean cancelled;
    public volatile Runnable onCancel = () -> {
    };

    /** The next plan, or a problem ({@link RuntimeException}) the next plan throws. */
    public FakeEngineRun plan(Object planOrProblem) {
        plans.add(planOrProblem);
        return this;
    }

    public FakeEngineRun apply(Script script) {
        applies.add(script);
        return this;
    }

    @Override
    public synchronized Plan plan(Profile profile) {
        planCalls++;
        Object next = plans.size() > 1 ? plans.poll() : plans.peek();
        if (next instanceof RuntimeException problem) {
            throw problem;
        }
        return (Plan) next;
    }

    @Override
    public ApplyResult apply(Profile profile, EngineListener listener) {
        applyCalls++;
        appliedProfile = profile;
        Script script;
        synchronized (this) {
            script = applies.size() > 1 ? applies.poll() : applies.peek();
        }
        try {
            if (script != null) {
                script.run(listener);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new ApplyResult(List.of(), List.of(), List.of(), Map.of(), Duration.ofSeconds(3), 7);
    }

    @Override
    public VerificationReport verify(Profile profile) {
        verifyCalls++;
        return new VerificationReport("meet.example.org", List.of());
    }

    @Override
    public void cancel() {
        cancelled = true;
        onCancel.run();
    }

    /** A file changed from {@code before} to {@code after}, restarting {@code services}. */
    public static FileChange file(String path, String before, String after, String... services) {
        return new FileChange("the settings you chose", new FileSnapshot(path, true, before.getBytes(StandardCharsets.UTF_8),
                "644", "root", "root"), FileWrite.of(path, after), Validator.NONE, Set.of(services));
    }
}
