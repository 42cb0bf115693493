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
 * Whether a password a host chooses is good enough: at least {@value #MIN_LENGTH} characters, not
 * containing the user name, not the current password again, and hard to guess by zxcvbn's estimate
 * (score {@value #MIN_SCORE} of 4 or more, the user name and the domain counted as known words). The
 * password page on the server applies the same rule. Nothing here keeps or logs a password.
 */
public final class PasswordStrengthRule {
    public static final int MIN_LENGTH = 12;
    public static final int MIN_SCORE = 3;
    /** A user name shorter than this is not looked for inside a password: it would refuse too much by chance. */
    static final int SHORTEST_NAME_LOOKED_FOR = 3;
    public static final String FIELD = "newPassword";
    private static final String LABEL = "New password";
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordStrengthRule() {
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

    /** Judges {@code newPassword}; the arrays are only read. {@code user} and {@code oldPassword} may be null or empty. */
    public static Verdict check(String user, char[] oldPassword, char[] newPassword) {
        return check(user, null, oldPassword, newPassword);
    }

    /** As {@link #check(String, char[], char[])}, with the meeting domain as a word a guesser would try too. */
    public static Verdict check(String user, String domain, char[] oldPassword, char[] newPassword) {
        if (newPassword == null || newPassword.length == 0) {
            return new Verdict(0, List.of(new FieldError(FIELD, LABEL + ": missing. Choose a password of at least "
                    + MIN_LENGTH + " characters", "password.missing", List.of(String.valueOf(MIN_LENGTH)))));
        }
        int score = score(user, domain, newPassword);
        List<FieldError> errors = new ArrayList<>();
        int length = Character.codePointCount(newPassword, 0, newPassword.length);
        if (length < MIN_LENGTH) {
            errors.add(new FieldError(FIELD, LABEL + ": too short: at least " + MIN_LENGTH + " characters, " + length
                    + " so far", "password.too-short", List.of(String.valueOf(MIN_LENGTH), String.valueOf(length))));
        }
        if (containsName(user, newPassword)) {
            errors.add(new FieldError(FIELD, LABEL + ": contains your user name, which anyone can guess",
                    "password.contains-user-name", List.of()));
        }
        if (oldPassword != null && Arrays.equals(oldPassword, newPassword)) {
            errors.add(new FieldError(FIELD, LABEL + ": the same as the current one; choose a new one",
                    "password.same-as-old", List.of()));
        }
        if (score < MIN_SCORE) {
            errors.add(new FieldError(FIELD, LABEL + ": too easy to guess. Use a few unrelated words, or add more "
                    + "characters that do not follow a pattern", "password.too-guessable", List.of()));
        }
        return new Verdict(score, errors);
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
