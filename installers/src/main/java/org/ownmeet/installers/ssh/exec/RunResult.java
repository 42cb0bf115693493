package org.ownmeet.installers.ssh.exec;

import java.time.Duration;
import java.util.List;

import org.ownmeet.installers.ssh.problem.CommandFailedProblem;

/**
 * How a script ended: its exit status and what it printed (for long output, the last lines). A
 * {@code quiet} script's stdout is data for its caller (files, keys, probes), never quoted in a problem.
 */
public record RunResult(String host, String label, int exitStatus, List<String> stdout, List<String> stderr, Duration took,
                        boolean quiet) {

    public RunResult(String host, String label, int exitStatus, List<String> stdout, List<String> stderr, Duration took) {
        this(host, label, exitStatus, stdout, stderr, took, false);
    }

    public boolean succeeded() {
        return exitStatus == 0;
    }

    public String stdoutText() {
        return String.join("\n", stdout);
    }

    /** This result, or a {@link CommandFailedProblem} saying what the script printed last (a quiet one: on stderr only). */
    public RunResult requireSuccess() {
        if (!succeeded()) {
            throw new CommandFailedProblem(host, label, exitStatus, stderr.isEmpty() && !quiet ? stdout : stderr);
        }
        return this;
    }
}
