package org.ownmeet.installers.profile.validation;

import java.util.Arrays;
import java.util.List;

/**
 * What is wrong with a value, as a shared check finds it before the field's name is put in front:
 * the English words ("remove the dot at the end"), the stable code the wizard translates it by
 * ("domain.dot-at-end") and the values the translation needs.
 */
record Reason(String code, String text, List<String> arguments) {
    Reason {
        arguments = List.copyOf(arguments);
    }

    static Reason of(String code, String text, Object... arguments) {
        return new Reason(code, text, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The error at a field, its message starting with the field's name ("Domain: remove the dot at the end"). */
    FieldError at(String field, String label) {
        return new FieldError(field, label + ": " + text, code, arguments);
    }

    FieldWarning warningAt(String field, String label) {
        return new FieldWarning(field, label + ": " + text, code, arguments);
    }
}
