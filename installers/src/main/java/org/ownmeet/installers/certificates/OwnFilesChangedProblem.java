package org.ownmeet.installers.certificates;

import java.util.List;

import org.ownmeet.installers.problem.Problem;

/** The own certificate files were fine when checked, but not when OwnMeet came to read them for the server. */
public final class OwnFilesChangedProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final String reason;
    private final List<String> arguments;

    private OwnFilesChangedProblem(String what, String reason, List<String> arguments) {
        super("The certificate files you chose changed after they were checked: " + what + ". Choose them again.",
                "own certificate files: " + what);
        this.reason = reason;
        this.arguments = arguments;
    }

    static OwnFilesChangedProblem noCertificate() {
        return new OwnFilesChangedProblem("it no longer holds a certificate", "no-certificate", List.of());
    }

    static OwnFilesChangedProblem unreadable(Exception e) {
        String kind = e.getClass().getSimpleName();
        return new OwnFilesChangedProblem("OwnMeet cannot read it now (" + kind + ")", "unreadable", values(kind));
    }

    /** {@code own-files-changed.no-certificate} or {@code own-files-changed.unreadable}. */
    @Override
    public String code() {
        return super.code() + "." + reason;
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
