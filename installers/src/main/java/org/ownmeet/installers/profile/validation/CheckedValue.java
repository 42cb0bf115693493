package org.ownmeet.installers.profile.validation;

import java.util.List;

/**
 * What one rule made of one value: the normalised value to use (when there is no error) and what is
 * wrong with it or worth a second look.
 */
public record CheckedValue<T>(T value, List<FieldError> errors, List<FieldWarning> warnings) {

    public CheckedValue {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public static <T> CheckedValue<T> valid(T value) {
        return new CheckedValue<>(value, List.of(), List.of());
    }

    public static <T> CheckedValue<T> valid(T value, List<FieldWarning> warnings) {
        return new CheckedValue<>(value, List.of(), warnings);
    }

    public static <T> CheckedValue<T> invalid(String field, String message) {
        return new CheckedValue<>(null, List.of(new FieldError(field, message)), List.of());
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The normalised value if valid, else the given one (what the user typed), so nothing is lost. */
    public T valueOr(T original) {
        return isValid() ? value : original;
    }
}
