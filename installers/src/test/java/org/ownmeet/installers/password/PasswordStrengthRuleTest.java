package org.ownmeet.installers.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.password.PasswordStrengthRule.Verdict;
import org.ownmeet.installers.secret.Secret;

class PasswordStrengthRuleTest {
    private static final PasswordStrengthRule RULE = PasswordStrengthRule.STANDARD;
    private static final Secret CURRENT = Secret.of("Kx7-one-time-Qz");

    private static Verdict judge(String userName, String proposed) {
        return RULE.judge(userName, CURRENT, Secret.of(proposed));
    }

    @Test
    void theMinimumLengthCountsCharactersAsPeopleDo() {
        assertEquals(10, RULE.minimumLength());
        assertEquals(Verdict.TOO_SHORT, judge("alice", "123456789"));
        assertEquals(Verdict.STRONG_ENOUGH, judge("alice", "1234567890"));
        // nine emoji are eighteen UTF-16 units but nine characters
        assertEquals(Verdict.TOO_SHORT, judge("alice", "🙂".repeat(9)));
        assertEquals(Verdict.STRONG_ENOUGH, judge("alice", "🙂".repeat(10)));
        assertEquals(Verdict.TOO_SHORT, judge("alice", ""));
    }

    @Test
    void notTheUserNameWhateverTheCase() {
        assertEquals(Verdict.SAME_AS_USER_NAME, judge("annemarie.k", "AnneMarie.K"));
        assertEquals(Verdict.SAME_AS_USER_NAME, judge(" annemarie.k ", "annemarie.k"));
        assertEquals(Verdict.STRONG_ENOUGH, judge("annemarie.k", "annemarie.k!"));
    }

    @Test
    void notTheCurrentPassword() {
        assertEquals(Verdict.SAME_AS_CURRENT_PASSWORD, judge("alice", "Kx7-one-time-Qz"));
        assertEquals(Verdict.STRONG_ENOUGH, judge("alice", "kx7-one-time-qz"), "another password, if only in case");
    }

    @Test
    void theFirstFailingPartIsNamed() {
        PasswordStrengthRule lenient = new PasswordStrengthRule(3, false, false);
        assertEquals(Verdict.STRONG_ENOUGH, lenient.judge("alice", Secret.of("alice"), Secret.of("alice")));
        assertEquals(Verdict.TOO_SHORT, judge("abc", "abc"), "too short comes before the user name");
        assertTrue(judge("alice", "a long enough phrase").isStrongEnough());
        assertThrows(IllegalArgumentException.class, () -> new PasswordStrengthRule(0, true, true));
    }

    @Test
    void theSecretsStayUsable() {
        Secret proposed = Secret.of("a long enough phrase");
        RULE.judge("alice", CURRENT, proposed);
        assertEquals("a long enough phrase", new String(proposed.chars()), "judging reads copies and wipes only those");
    }
}
