package org.ownmeet.installers.profile.validation;

import java.util.List;

import org.ownmeet.installers.profile.Profile;

/**
 * A whole profile checked.
 *
 * @param normalised the profile the engine uses: domain in lower-case ASCII (punycode), user names
 *                   normalised, e-mail domains in ASCII; a field with an error keeps what the user typed
 * @param errors what must change before the set-up can start
 * @param warnings what the user should look at
 */
public record ValidationResult(Profile normalised, List<FieldError> errors, List<FieldWarning> warnings) {

    public ValidationResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The errors of one field ("domain") or of every field under it ("server" gives server.host too). */
    public List<FieldError> errorsFor(String field) {
        return errors.stream().filter(error -> isAtOrUnder(error.field(), field)).toList();
    }

    public List<FieldWarning> warningsFor(String field) {
        return warnings.stream().filter(warning -> isAtOrUnder(warning.field(), field)).toList();
    }

    private static boolean isAtOrUnder(String path, String field) {
        return path.equals(field) || path.startsWith(field + ".") || path.startsWith(field + "[");
    }
}
