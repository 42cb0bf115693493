package org.ownmeet.installers.packages;

import java.util.List;

import org.ownmeet.installers.problem.Problem;

/** The key fetched for the real Jitsi repository is not Jitsi's: someone in between, or a changed key. Nothing was added. */
public final class WrongSigningKeyProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final List<String> arguments;

    WrongSigningKeyProblem(String keyUrl, String expected, String found) {
        super("The signing key downloaded from " + keyUrl + " is not the key Jitsi signs its packages with, so OwnMeet "
                        + "did not add it and installed nothing from there. The download may have been tampered with on the "
                        + "way; try again later or from another network, and if it persists, tell the OwnMeet developers.",
                "expected fingerprint " + expected + ", got " + found);
        this.arguments = values(keyUrl);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
