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

    /**
     * @param message the English words, starting with the field's name
     * @param code the stable name the wizard translates the message by ("domain.missing")
     * @param arguments the values the translation needs, in placeholder order
     */
    public static <T> CheckedValue<T> invalid(String field, String message, String code, Object... arguments) {
        return invalid(new FieldError(field, message, code, java.util.Arrays.stream(arguments).map(String::valueOf).toList()));
    }

    static <T> CheckedValue<T> invalid(FieldError error) {
        return new CheckedValue<>(null, List.of(error), List.of());
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The normalised value if valid, else the given one (what the user typed), so nothing is lost. */
    public T valueOr(T original) {
        return isValid() ? value : original;
    }
}
