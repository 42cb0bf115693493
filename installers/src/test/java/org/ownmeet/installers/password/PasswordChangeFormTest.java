package org.ownmeet.installers.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordChangeFormTest {
    private static final char[] CURRENT = "Kx7-one-time-Pw9".toCharArray();
    private static final char[] GOOD = "violet tractor honey lamp".toCharArray();

    @Test
    void aCompleteFormIsValidWithTheNamesAsTheServerKnowsThem() {
        PasswordChangeForm.Checked checked = PasswordChangeForm.check("Meet.Schule-Am-Park.de", "Alice", CURRENT, GOOD, GOOD.clone());
        assertTrue(checked.valid(), checked.errors().toString());
        assertEquals("meet.schule-am-park.de", checked.domain());
        assertEquals("alice", checked.user());
        assertTrue(checked.score() >= 3);
    }

    @Test
    void eachFieldIsJudgedByItsOwnRule() {
        PasswordChangeForm.Checked checked = PasswordChangeForm.check("https://meet.example.org/", "", new char[0],
                "short".toCharArray(), "shorts".toCharArray());
        assertNull(checked.domain());
        assertEquals("domain.pasted-scheme", checked.errorAt(PasswordChangeForm.DOMAIN).orElseThrow().code());
        assertEquals("password.user-missing", checked.errorAt(PasswordChangeForm.USER).orElseThrow().code());
        assertEquals("password.current-missing", checked.errorAt(PasswordChangeForm.CURRENT).orElseThrow().code());
        assertEquals("password.too-short", checked.errorAt(PasswordChangeForm.NEW).orElseThrow().code());
        assertEquals("password.repeat-differs", checked.errorAt(PasswordChangeForm.REPEAT).orElseThrow().code());
    }

    @Test
    void theRepeatIsOnlyComparedOnceANewPasswordIsTyped() {
        PasswordChangeForm.Checked checked = PasswordChangeForm.check("meet.example.org", "alice", CURRENT, new char[0], new char[0]);
        assertTrue(checked.errorAt(PasswordChangeForm.REPEAT).isEmpty());
        assertEquals("password.missing", checked.errorAt(PasswordChangeForm.NEW).orElseThrow().code());
    }
}
