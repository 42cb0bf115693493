package org.ownmeet.installers.logging;

import java.util.List;
import org.ownmeet.installers.problem.Problem;

/** A configuration file whose log settings OwnMeet cannot change safely, so it changes none (the run stops before writing). */
public final class UnreadableLogSettingsProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    UnreadableLogSettingsProblem(String path, String why) {
        super("OwnMeet cannot safely change the log settings in " + path + " on the server, because it is laid out "
                + "differently than expected. OwnMeet changed no log setting; restore the file as the package wrote it, or ask IT.",
                path + ": " + why);
        this.arguments = values(path);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
