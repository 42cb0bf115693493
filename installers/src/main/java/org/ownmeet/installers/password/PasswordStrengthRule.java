package org.ownmeet.installers.password;

import java.util.Arrays;
import java.util.Locale;

import org.ownmeet.installers.secret.Secret;

/**
 * The one rule for a password a host chooses, kept as data so that every place that judges one
 * (the server's password page, whose script reads these figures from the page, and OwnMeet's own
 * password change) applies the same: at least {@code minimumLength} characters (counted as people
 * count them, not as UTF-16 units), not the user name (whatever the case), not the current password.
 */
public record PasswordStrengthRule(int minimumLength, boolean notTheUserName, boolean notTheCurrentPassword) {
    public static final PasswordStrengthRule STANDARD = new PasswordStrengthRule(10, true, true);

    public PasswordStrengthRule {
        if (minimumLength < 1) {
            throw new IllegalArgumentException("a minimum length of at least 1 expected: " + minimumLength);
        }
    }

    /** What the rule says of a new password, the first failing part first. */
    public enum Verdict {
        STRONG_ENOUGH, TOO_SHORT, SAME_AS_USER_NAME, SAME_AS_CURRENT_PASSWORD;

        public boolean isStrongEnough() {
            return this == STRONG_ENOUGH;
        }
    }

    public Verdict judge(String userName, Secret currentPassword, Secret newPassword) {
        char[] proposed = newPassword.chars();
        char[] current = currentPassword.chars();
        try {
            if (Character.codePointCount(proposed, 0, proposed.length) < minimumLength) {
                return Verdict.TOO_SHORT;
            }
            if (notTheUserName && userName != null && sameIgnoringCase(proposed, userName.strip())) {
                return Verdict.SAME_AS_USER_NAME;
            }
            if (notTheCurrentPassword && Arrays.equals(proposed, current)) {
                return Verdict.SAME_AS_CURRENT_PASSWORD;
            }
            return Verdict.STRONG_ENOUGH;
        } finally {
            Arrays.fill(proposed, '\0');
            Arrays.fill(current, '\0');
        }
    }

    private static boolean sameIgnoringCase(char[] password, String userName) {
        String name = userName.toLowerCase(Locale.ROOT);
        if (password.length != name.length()) {
            return false;
        }
        for (int i = 0; i < password.length; i++) {
            if (Character.toLowerCase(password[i]) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
