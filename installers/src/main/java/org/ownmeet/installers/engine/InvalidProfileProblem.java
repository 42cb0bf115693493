package org.ownmeet.installers.engine;

import java.util.List;
import java.util.stream.Collectors;

import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.validation.FieldError;

/** The profile has fields that must be corrected; nothing was sent to the server. */
public final class InvalidProfileProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public InvalidProfileProblem(List<FieldError> errors) {
        super("Some answers need correcting before OwnMeet can start: " + errors.stream().map(FieldError::message)
                        .collect(Collectors.joining(" ")), errors.size() + " field error(s): "
                        + errors.stream().map(FieldError::field).collect(Collectors.joining(", ")));
        this.errors = List.copyOf(errors);
    }

    /** The fields' own English messages: the wizard shows each error at its field rather than this list. */
    @Override
    public List<String> arguments() {
        return values(errors.stream().map(FieldError::message).collect(Collectors.joining(" ")));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
