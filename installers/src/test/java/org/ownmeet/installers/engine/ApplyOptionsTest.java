package org.ownmeet.installers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The firewall's safety window: long enough for a new login, short enough that a cut-off server is soon back. */
class ApplyOptionsTest {

    @Test
    void theWindowIsTwoMinutesUnlessChosen() {
        assertEquals(Duration.ofMinutes(2), ApplyOptions.defaults().firewallSafetyWindow());
        assertEquals(Duration.ofSeconds(45), ApplyOptions.defaults().withFirewallSafetyWindow(Duration.ofSeconds(45)).firewallSafetyWindow());
    }

    @Test
    void aWindowTooShortForALoginOrLongerThanHalfAnHourIsRefused() {
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> ApplyOptions.defaults().withFirewallSafetyWindow(Duration.ofSeconds(9)));
        assertTrue(tooShort.getMessage().startsWith("the firewall's safety window must be between 10 seconds and 30 minutes"),
                tooShort.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ApplyOptions.defaults().withFirewallSafetyWindow(Duration.ofMinutes(31)));
        assertEquals(Duration.ofMinutes(30), ApplyOptions.defaults().withFirewallSafetyWindow(Duration.ofMinutes(30)).firewallSafetyWindow());
    }
}
