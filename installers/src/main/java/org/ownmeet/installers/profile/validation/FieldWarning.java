package org.ownmeet.installers.profile.validation;

/**
 * Something the user should look at, but that does not stop the set-up (no host accounts yet, a
 * domain name that mixes alphabets).
 *
 * @param field the field's path in the profile, as in {@link org.ownmeet.installers.profile.ProfileFields}
 * @param message plain words that start with the field's name as the wizard shows it
 */
public record FieldWarning(String field, String message) {
}
