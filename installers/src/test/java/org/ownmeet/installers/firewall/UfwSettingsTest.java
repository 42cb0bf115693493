package org.ownmeet.installers.firewall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UfwSettingsTest {
    static final String DEFAULTS = """
            # /etc/default/ufw
            #

            # Set to yes to apply rules to support IPv6 (no means only IPv6 on loopback
            # accepted). You will need to 'disable' and then 'enable' the firewall for
            # the changes to take affect.
            IPV6=yes

            # Set the default input policy to ACCEPT, DROP, or REJECT. Please note that if
            # you change this you will most likely want to adjust your rules.
            DEFAULT_INPUT_POLICY="DROP"

            DEFAULT_OUTPUT_POLICY="ACCEPT"
            DEFAULT_FORWARD_POLICY="DROP"
            IPT_MODULES=""
            """;

    @Test
    void readsTheSettingsAsUfwDoes() {
        UfwSettings settings = UfwSettings.parse("# /etc/ufw/ufw.conf\nENABLED=yes\nLOGLEVEL=low\n", DEFAULTS);
        assertEquals(new UfwSettings(true, true, "DROP", "ACCEPT", "low"), settings);
        assertTrue(settings.refusesIncoming());
        assertTrue(settings.allowsOutgoing());
    }

    @Test
    void missingFilesMeanUfwsOwnDefaults() {
        assertEquals(new UfwSettings(false, true, "DROP", "ACCEPT", "low"), UfwSettings.parse(null, null));
    }

    @Test
    void rejectingKeepsTheServerClosedAcceptingDoesNot() {
        assertTrue(UfwSettings.parse(null, "DEFAULT_INPUT_POLICY=\"REJECT\"\n").refusesIncoming());
        assertFalse(UfwSettings.parse(null, "DEFAULT_INPUT_POLICY=\"accept\"\n").refusesIncoming());
        assertFalse(UfwSettings.parse(null, "DEFAULT_OUTPUT_POLICY=\"DROP\"\n").allowsOutgoing());
        assertFalse(UfwSettings.parse("ENABLED=no\n", null).enabled());
    }

    @Test
    void turningOnIpv6ChangesThatOneLine() {
        String off = DEFAULTS.replace("IPV6=yes", "IPV6=no");
        assertFalse(UfwSettings.parse(null, off).ipv6());
        assertEquals(DEFAULTS, UfwSettings.withIpv6(off));
        assertEquals(DEFAULTS, UfwSettings.withIpv6(DEFAULTS));
        assertEquals("A=1\nIPV6=yes\n", UfwSettings.withIpv6("A=1"));
        assertEquals("IPV6=yes\n", UfwSettings.withIpv6(null));
    }
}
