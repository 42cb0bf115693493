package org.ownmeet.installers.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void aFewUnrelatedWordsPass() {
        PasswordStrengthRule.Verdict verdict = PasswordStrengthRule.check("alice", OLD, "violet tractor honey lamp".toCharArray());
        assertTrue(verdict.acceptable(), verdict.errors().toString());
        assertTrue(verdict.score() >= PasswordStrengthRule.MIN_SCORE, "score " + verdict.score());
    }

    @Test
    void shorterThanTwelveCharactersIsTooShortWhateverItsScore() {
        assertEquals(List.of("password.too-short"), codes("alice", "Q7#vL!2zR9x"));
        FieldError error = PasswordStrengthRule.check("alice", OLD, "Q7#vL!2zR9x".toCharArray()).errors().get(0);
        assertEquals(PasswordStrengthRule.FIELD, error.field());
        assertEquals(List.of("12", "11"), error.arguments());
        assertEquals("New password: too short: at least 12 characters, 11 so far", error.message());
    }

    @Test
    void theUserNameInsideIsRefusedInAnyCase() {
        assertTrue(codes("alice", "violet-ALICE-tractor-honey").contains("password.contains-user-name"));
        // a name of one or two letters would refuse too much by chance
        assertFalse(codes("al", "violet tractor honey lamp").contains("password.contains-user-name"));
    }

    @Test
    void theCurrentPasswordAgainIsRefused() {
        char[] same = "violet tractor honey lamp".toCharArray();
        List<String> found = PasswordStrengthRule.check("alice", same.clone(), same).errors().stream().map(FieldError::code).toList();
        assertEquals(List.of("password.same-as-old"), found);
    }

    @Test
    void longButGuessablePasswordsAreTooEasy() {
        assertEquals(List.of("password.too-guessable"), codes("alice", "password1234"));
        assertEquals(List.of("password.too-guessable"), codes("alice", "qwertyuiopasdf"));
        PasswordStrengthRule.Verdict dates = PasswordStrengthRule.check("alice", OLD, "111111111111".toCharArray());
        assertTrue(dates.score() < PasswordStrengthRule.MIN_SCORE);
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
    void theGivenArraysAreLeftAsTheyWere() {
        char[] password = "violet tractor honey lamp".toCharArray();
        PasswordStrengthRule.check("alice", OLD, password);
        assertEquals("violet tractor honey lamp", new String(password));
    }
}
