package org.ownmeet.installers.engine;

import java.util.List;
import org.ownmeet.installers.problem.Problem;

/** A configuration change failed its check; the files were put back as they were, and the server runs as before. */
public final class ChangeRejectedProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public ChangeRejectedProblem(String step, String check, String output) {
        super("The new settings for \"" + step + "\" did not pass the server's own check, so OwnMeet put the previous "
                        + "files back. The server runs as it did before. The details below say what the check found.",
                check + " failed: " + lastLines(output));
        this.arguments = values(step);
    }

    private static String lastLines(String output) {
        String[] lines = output.strip().split("\n");
        return String.join(" | ", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 4), lines.length));
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
