package org.ownmeet.installers.password;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import org.ownmeet.installers.profile.validation.FieldError;

/**
 * The one rule for a password a host chooses, kept as data so that every place that judges one
 * applies the same: the server's password page (its script reads these figures from the page) and
 * OwnMeet's own password change. At least {@code minimumLength} characters (counted as people count
 * them, not as UTF-16 units), not containing the user name (whatever the case; names shorter than
 * {@value #SHORTEST_NAME_LOOKED_FOR} are not looked for, they would refuse too much by chance), not
 * the current password again. OwnMeet also shows zxcvbn's estimate of how hard the password is to
 * guess as a meter; the page has no such estimator (none comes from the distribution's archive), so
 * the estimate advises and the rule decides. Nothing here keeps or logs a password.
 */
public record PasswordStrengthRule(int minimumLength, boolean notContainingTheUserName, boolean notTheCurrentPassword) {
    public static final PasswordStrengthRule STANDARD = new PasswordStrengthRule(12, true, true);
    public static final int SHORTEST_NAME_LOOKED_FOR = 3;
    public static final String FIELD = "newPassword";
    private static final String LABEL = "New password";
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    public PasswordStrengthRule {
        if (minimumLength < 1) {
            throw new IllegalArgumentException("a minimum length of at least 1 expected: " + minimumLength);
        }
    }

    /**
     * @param score  zxcvbn's estimate, 0 (guessed at once) to 4 (very hard to guess); 0 for an empty password
     * @param errors what is wrong, each at {@link #FIELD}, the first the most important; empty when the password is good
     */
    public record Verdict(int score, List<FieldError> errors) {
        public Verdict {
            errors = List.copyOf(errors);
        }

        public boolean acceptable() {
            return errors.isEmpty();
        }
    }

    /** Judges {@code newPassword} by the standard rule; the arrays are only read. {@code user} and {@code oldPassword} may be null. */
    public static Verdict check(String user, char[] oldPassword, char[] newPassword) {
        return check(user, null, oldPassword, newPassword);
    }

    /** As {@link #check(String, char[], char[])}, with the meeting domain as a word a guesser would try too (for the estimate). */
    public static Verdict check(String user, String domain, char[] oldPassword, char[] newPassword) {
        return STANDARD.judge(user, domain, oldPassword, newPassword);
    }

    public Verdict judge(String user, String domain, char[] oldPassword, char[] newPassword) {
        if (newPassword == null || newPassword.length == 0) {
            return new Verdict(0, List.of(new FieldError(FIELD, LABEL + ": missing. Choose a password of at least "
                    + minimumLength + " characters", "password.missing", List.of(String.valueOf(minimumLength)))));
        }
        List<FieldError> errors = new ArrayList<>();
        int length = Character.codePointCount(newPassword, 0, newPassword.length);
        if (length < minimumLength) {
            errors.add(new FieldError(FIELD, LABEL + ": too short: at least " + minimumLength + " characters, " + length
                    + " so far", "password.too-short", List.of(String.valueOf(minimumLength), String.valueOf(length))));
        }
        if (notContainingTheUserName && containsName(user, newPassword)) {
            errors.add(new FieldError(FIELD, LABEL + ": contains your user name, which anyone can guess",
                    "password.contains-user-name", List.of()));
        }
        if (notTheCurrentPassword && oldPassword != null && Arrays.equals(oldPassword, newPassword)) {
            errors.add(new FieldError(FIELD, LABEL + ": the same as the current one; choose a new one",
                    "password.same-as-old", List.of()));
        }
        return new Verdict(score(user, domain, newPassword), errors);
    }

    private static int score(String user, String domain, char[] password) {
        List<String> known = new ArrayList<>();
        if (user != null && !user.isBlank()) {
            known.add(user.strip().toLowerCase(Locale.ROOT));
        }
        if (domain != null && !domain.isBlank()) {
            known.addAll(Arrays.asList(domain.strip().toLowerCase(Locale.ROOT).split("\\.")));
        }
        char[] copy = Arrays.copyOf(password, password.length);
        Strength strength = ESTIMATOR.measure(CharBuffer.wrap(copy), known);
        try {
            return strength.getScore();
        } finally {
            strength.wipe();
            Arrays.fill(copy, '\0');
        }
    }

    private static boolean containsName(String user, char[] password) {
        if (user == null || user.strip().length() < SHORTEST_NAME_LOOKED_FOR) {
            return false;
        }
        char[] name = user.strip().toLowerCase(Locale.ROOT).toCharArray();
        char[] lower = new char[password.length];
        for (int i = 0; i < password.length; i++) {
            lower[i] = Character.toLowerCase(password[i]);
        }
        try {
            for (int start = 0; start + name.length <= lower.length; start++) {
                if (Arrays.equals(lower, start, start + name.length, name, 0, name.length)) {
                    return true;
                }
            }
            return false;
        } finally {
            Arrays.fill(lower, '\0');
        }
    }
}
