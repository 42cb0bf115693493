package org.ownmeet.installers.engine;

import java.util.List;
import org.ownmeet.installers.problem.Problem;

/** A package's settings file could not be changed safely (it does not read as valid); it was left as it was. */
public final class UnreadableSettingsProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    public UnreadableSettingsProblem(String path, String detail) {
        super("OwnMeet could not change the settings file " + path + " on the server safely, so it left the file as it was. "
                + "Usually someone edited it by hand and left a mistake in it; the details below say what was found. Correct "
                + "the file, then run OwnMeet again.", detail);
        this.arguments = values(path);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
