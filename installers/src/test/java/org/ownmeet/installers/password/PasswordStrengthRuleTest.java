package org.ownmeet.installers.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.validation.FieldError;

class PasswordStrengthRuleTest {
    private static final char[] OLD = "Kx7-one-time-Pw9".toCharArray();

    private static List<String> codes(String user, String password) {
        return PasswordStrengthRule.check(user, OLD, password.toCharArray()).errors().stream().map(FieldError::code).toList();
    }

    @Test
    void aFewUnrelatedWordsPassAndScoreHigh() {
        PasswordStrengthRule.Verdict verdict = PasswordStrengthRule.check("alice", OLD, "violet tractor honey lamp".toCharArray());
        assertTrue(verdict.acceptable(), verdict.errors().toString());
        assertTrue(verdict.score() >= 3, "score " + verdict.score());
    }

    @Test
    void shorterThanTwelveCharactersIsTooShortCountedAsPeopleCount() {
        assertEquals(12, PasswordStrengthRule.STANDARD.minimumLength());
        assertEquals(List.of("password.too-short"), codes("alice", "Q7#vL!2zR9x"));
        FieldError error = PasswordStrengthRule.check("alice", OLD, "Q7#vL!2zR9x".toCharArray()).errors().get(0);
        assertEquals(PasswordStrengthRule.FIELD, error.field());
        assertEquals(List.of("12", "11"), error.arguments());
        assertEquals("New password: too short: at least 12 characters, 11 so far", error.message());
        // eleven emoji are twenty-two UTF-16 units but eleven characters
        assertEquals(List.of("password.too-short"), codes("alice", "🙂".repeat(11)));
        assertEquals(List.of(), codes("alice", "🙂".repeat(12)));
    }

    @Test
    void theUserNameInsideIsRefusedInAnyCase() {
        assertTrue(codes("alice", "violet-ALICE-tractor-honey").contains("password.contains-user-name"));
        assertTrue(codes(" annemarie.k ", "AnneMarie.K-2026").contains("password.contains-user-name"));
        // a name of one or two letters would refuse too much by chance
        assertFalse(codes("al", "violet tractor honey lamp").contains("password.contains-user-name"));
    }

    @Test
    void theCurrentPasswordAgainIsRefusedButNotAnotherCase() {
        char[] same = "violet tractor honey lamp".toCharArray();
        List<String> found = PasswordStrengthRule.check("alice", same.clone(), same).errors().stream().map(FieldError::code).toList();
        assertEquals(List.of("password.same-as-old"), found);
        assertEquals(List.of(), codes("alice", "kx7-one-time-pw9"), "another password, if only in case");
    }

    @Test
    void guessablePasswordsScoreLowOnTheMeterWhichAdvisesOnly() {
        PasswordStrengthRule.Verdict guessable = PasswordStrengthRule.check("alice", OLD, "password1234".toCharArray());
        assertTrue(guessable.score() < 3, "score " + guessable.score());
        assertTrue(guessable.acceptable(), "the page cannot estimate, so the estimate does not decide");
    }

    @Test
    void theDomainCountsAsAKnownWord() {
        char[] password = "zorbanekquintaly".toCharArray();
        int without = PasswordStrengthRule.check("alice", null, OLD, password).score();
        int with = PasswordStrengthRule.check("alice", "meet.zorbanek.quintaly.org", OLD, password).score();
        assertTrue(with < without, with + " vs " + without);
    }

    @Test
    void nothingTypedYetIsMissingWithScoreZero() {
        PasswordStrengthRule.Verdict verdict = PasswordStrengthRule.check("alice", OLD, new char[0]);
        assertEquals(0, verdict.score());
        assertEquals(List.of("password.missing"), verdict.errors().stream().map(FieldError::code).toList());
    }

    @Test
    void aRuleIsData() {
        PasswordStrengthRule lenient = new PasswordStrengthRule(3, false, false);
        assertTrue(lenient.judge("alice", null, "alice".toCharArray(), "alice".toCharArray()).acceptable());
        assertThrows(IllegalArgumentException.class, () -> new PasswordStrengthRule(0, true, true));
    }

    @Test
    void theGivenArraysAreLeftAsTheyWere() {
        char[] password = "violet tractor honey lamp".toCharArray();
        PasswordStrengthRule.check("alice", OLD, password);
        assertEquals("violet tractor honey lamp", new String(password));
    }
}
