package org.ownmeet.installers.profile.validation;

import java.util.List;

/**
 * Something the user must change before OwnMeet can set up the server.
 *
 * @param field the field's path in the profile, as in {@link org.ownmeet.installers.profile.ProfileFields}
 *              ("domain", "hostAccounts[2].username")
 * @param message plain words that start with the field's name as the wizard shows it ("Domain: ...")
 * @param code a stable name of the rule that failed ("domain.no-dot"), by which the wizard finds the
 *             translated sentence; null where the rule has none yet (the English message is shown)
 * @param arguments the values the translated sentence needs, in placeholder order
 */
public record FieldError(String field, String message, String code, List<String> arguments) {
    public FieldError {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public FieldError(String field, String message) {
        this(field, message, null, List.of());
    }
}
