package org.ownmeet.installers.profile.validation;

/**
 * Something the user must change before OwnMeet can set up the server.
 *
 * @param field the field's path in the profile, as in {@link org.ownmeet.installers.profile.ProfileFields}
 *              ("domain", "hostAccounts[2].username")
 * @param message plain words that start with the field's name as the wizard shows it ("Domain: ...")
 */
public record FieldError(String field, String message) {
}
