package org.ownmeet.installers.ssh.problem;

import java.time.Duration;

public final class CommandTimedOutProblem extends SshProblem {
    private static final long serialVersionUID = 1L;

    public CommandTimedOutProblem(String host, String label, Duration limit) {
        super("\"" + label + "\" took longer than " + describe(limit) + " on " + host + " and was stopped there.",
                "command '" + label + "' on " + host + " exceeded its " + limit.toSeconds() + " s limit; its processes were killed");
    }

    private static String describe(Duration limit) {
        return limit.toMinutes() >= 2 ? limit.toMinutes() + " minutes" : limit.toSeconds() + " seconds";
    }
}
