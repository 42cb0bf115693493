package org.ownmeet.installers.password;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ownmeet.installers.profile.validation.CheckedValue;
import org.ownmeet.installers.profile.validation.DomainName;
import org.ownmeet.installers.profile.validation.DomainNameRule;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.installers.profile.validation.HostUserNameRule;

/**
 * What a host types to change their own password, judged field by field with the engine's rules: the
 * meeting domain ({@link DomainNameRule}), the user name ({@link HostUserNameRule}), the current
 * password given, the new one by {@link PasswordStrengthRule}, and typed the same twice.
 */
public final class PasswordChangeForm {
    public static final String DOMAIN = "domain";
    public static final String USER = "username";
    public static final String CURRENT = "currentPassword";
    public static final String NEW = PasswordStrengthRule.FIELD;
    public static final String REPEAT = "repeatPassword";

    private PasswordChangeForm() {
    }

    /**
     * @param domain the domain as the server knows it (ASCII), null while invalid
     * @param user   the user name as the server knows it (lower case), null while invalid
     * @param score  the new password's zxcvbn score, 0 to 4
     */
    public record Checked(String domain, String user, int score, List<FieldError> errors) {
        public Checked {
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }

        /** The first error at {@code field}, if any. */
        public java.util.Optional<FieldError> errorAt(String field) {
            return errors.stream().filter(error -> error.field().equals(field)).findFirst();
        }
    }

    /** The arrays are only read; the caller wipes them. */
    public static Checked check(String domain, String user, char[] current, char[] newPassword, char[] repeat) {
        List<FieldError> errors = new ArrayList<>();
        CheckedValue<DomainName> checkedDomain = DomainNameRule.meetingDomain(false).check(DOMAIN, domain);
        errors.addAll(checkedDomain.errors());
        CheckedValue<String> checkedUser = user == null || user.isBlank()
                ? CheckedValue.invalid(USER, "User name: missing. Type the user name you log in with, such as anna",
                        "password.user-missing")
                : HostUserNameRule.check(USER, 1, user);
        errors.addAll(checkedUser.errors());
        if (current == null || current.length == 0) {
            errors.add(new FieldError(CURRENT, "Current password: missing. Type the password you log in with now "
                    + "(the one-time password, if you have not changed it yet)", "password.current-missing", List.of()));
        }
        String name = checkedUser.isValid() ? checkedUser.value() : user;
        String ascii = checkedDomain.isValid() ? checkedDomain.value().ascii() : null;
        PasswordStrengthRule.Verdict verdict = PasswordStrengthRule.check(name, ascii, current, newPassword);
        errors.addAll(verdict.errors());
        if (newPassword != null && newPassword.length > 0 && !Arrays.equals(newPassword, repeat)) {
            errors.add(new FieldError(REPEAT, "Repeat the new password: not the same as the new password; type it "
                    + "again", "password.repeat-differs", List.of()));
        }
        return new Checked(ascii, checkedUser.isValid() ? checkedUser.value() : null, verdict.score(), errors);
    }
}
