package org.ownmeet.installers.ssh.problem;

import java.util.List;

public final class ConnectionLostProblem extends SshProblem {
    private static final long serialVersionUID = 1L;
    private static final String RUNNING = "running \"";
    private final String stage;
    private final List<String> arguments;

    public ConnectionLostProblem(String host, String during, Throwable cause) {
        super("The connection to " + host + " was lost while OwnMeet was " + during + ". Check the network and run "
                        + "OwnMeet again; it picks up where it stopped.",
                "connection to " + host + " lost during " + during + ": "
                        + (cause == null ? "channel closed" : cause.getClass().getSimpleName() + " " + cause.getMessage()),
                cause);
        String what = during == null ? "" : during;
        boolean running = what.startsWith(RUNNING) && what.endsWith("\"") && what.length() > RUNNING.length();
        this.stage = switch (what) {
            case "connecting" -> "connecting";
            case "logging in" -> "logging-in";
            default -> running ? "running" : "";
        };
        this.arguments = stage.isEmpty() ? values(host, what)
                : running ? values(host, what.substring(RUNNING.length(), what.length() - 1)) : values(host);
    }

    /** One code per stage the connection was lost in: {@code .connecting}, {@code .logging-in}, {@code .running}. */
    @Override
    public String code() {
        return stage.isEmpty() ? super.code() : super.code() + "." + stage;
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
