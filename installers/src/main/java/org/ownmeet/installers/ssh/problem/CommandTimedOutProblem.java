package org.ownmeet.installers.ssh.problem;

import java.time.Duration;
import java.util.List;

public final class CommandTimedOutProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private final boolean inSeconds;
    private final List<String> arguments;

    public CommandTimedOutProblem(String host, String label, Duration limit) {
        super("\"" + label + "\" took longer than " + describe(limit) + " on " + host + " and was stopped there.",
                "command '" + label + "' on " + host + " exceeded its " + limit.toSeconds() + " s limit; its processes were killed");
        this.inSeconds = limit.toMinutes() < 2;
        this.arguments = values(label, inSeconds ? limit.toSeconds() : limit.toMinutes(), host);
    }

    /** {@code command-timed-out} says the limit in minutes, {@code command-timed-out.seconds} in seconds. */
    @Override
    public String code() {
        return inSeconds ? super.code() + ".seconds" : super.code();
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }

    private static String describe(Duration limit) {
        return limit.toMinutes() >= 2 ? limit.toMinutes() + " minutes" : limit.toSeconds() + " seconds";
    }
}
