package org.ownmeet.installers.password.problem;

import java.util.List;

import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.validation.FieldError;

/** Changing a password: the new password does not meet the strength rule, so nothing was sent. */
public final class WeakNewPasswordProblem extends Problem {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public WeakNewPasswordProblem(List<FieldError> errors) {
        super("The new password is not strong enough, so it was not sent to the server.", "the strength rule refused it: "
                + String.join(", ", errors.stream().map(FieldError::code).toList()));
        this.errors = List.copyOf(errors);
    }

    /** What the rule found, to show at the new password's field. */
    public List<FieldError> errors() {
        return errors;
    }
}
