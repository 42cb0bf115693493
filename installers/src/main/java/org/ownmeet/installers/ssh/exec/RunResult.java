package org.ownmeet.installers.ssh.exec;

import java.time.Duration;
import java.util.List;

import org.ownmeet.installers.ssh.problem.CommandFailedProblem;

/** How a script ended: its exit status and what it printed (for long output, the last lines). */
public record RunResult(String host, String label, int exitStatus, List<String> stdout, List<String> stderr, Duration took) {

    public boolean succeeded() {
        return exitStatus == 0;
    }

    public String stdoutText() {
        return String.join("\n", stdout);
    }

    /** This result, or a {@link CommandFailedProblem} saying what the script printed last. */
    public RunResult requireSuccess() {
        if (!succeeded()) {
            throw new CommandFailedProblem(host, label, exitStatus, stderr.isEmpty() ? stdout : stderr);
        }
        return this;
    }
}
