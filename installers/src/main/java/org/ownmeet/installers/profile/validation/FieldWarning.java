package org.ownmeet.installers.profile.validation;

import java.util.List;

/**
 * Something the user should look at, but that does not stop the set-up (no host accounts yet, a
 * domain name that mixes alphabets).
 *
 * @param field the field's path in the profile, as in {@link org.ownmeet.installers.profile.ProfileFields}
 * @param message plain words that start with the field's name as the wizard shows it
 * @param code a stable name of what was noticed ("host-accounts.none"), by which the wizard finds the
 *             translated sentence; null where there is none (the English message is shown)
 * @param arguments the values the translated sentence needs, in placeholder order
 */
public record FieldWarning(String field, String message, String code, List<String> arguments) {
    public FieldWarning {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public FieldWarning(String field, String message) {
        this(field, message, null, List.of());
    }
}
