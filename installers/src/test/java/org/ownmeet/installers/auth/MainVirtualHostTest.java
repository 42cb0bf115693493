package org.ownmeet.installers.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainVirtualHostTest {
    private static final String PACKAGED = """
            plugin_paths = { "/usr/share/jitsi-meet/prosody-plugins/" }
            VirtualHost "meet.example.org"
                authentication = "jitsi-anonymous" -- do not delete me
                ssl = {
                    key = "/etc/prosody/certs/meet.example.org.key";
                }
                modules_enabled = {
                    "bosh";
                    "ping"; -- Enable mod_ping
                }
                c2s_require_encryption = false

            Component "conference.meet.example.org" "muc"
                modules_enabled = {
                    "muc_meeting_id";
                }
            VirtualHost "auth.meet.example.org"
                authentication = "internal_hashed"
            """;

    @Test
    void onlyTheMainHostChangesAndOnlyItsOwnLines() {
        String edited = MainVirtualHost.withSignIn(PACKAGED, "meet.example.org");
        assertTrue(edited.contains("    authentication = \"internal_hashed\" -- do not delete me " + MainVirtualHost.MARK));
        assertTrue(edited.contains("    allow_registration = false"));
        assertTrue(edited.contains("        \"register\"; " + MainVirtualHost.MARK));
        assertTrue(edited.contains("    c2s_require_encryption = true " + MainVirtualHost.MARK), "XMPP apps only over TLS");
        assertTrue(!edited.contains("c2s_require_encryption = false"), edited);
        String componentPart = edited.substring(edited.indexOf("Component"));
        assertEquals(PACKAGED.substring(PACKAGED.indexOf("Component")), componentPart, "later blocks are untouched");
        assertEquals(PACKAGED.lines().count() + 2, edited.lines().count(), "two lines added, none removed");
    }

    @Test
    void aSecondEditChangesNothing() {
        String once = MainVirtualHost.withSignIn(PACKAGED, "meet.example.org");
        assertEquals(once, MainVirtualHost.withSignIn(once, "meet.example.org"));
    }

    @Test
    void aResetAuthenticationLineIsSetAgainWithoutDuplicatingTheRest() {
        String once = MainVirtualHost.withSignIn(PACKAGED, "meet.example.org");
        String reset = once.replace("authentication = \"internal_hashed\" -- do not delete me " + MainVirtualHost.MARK,
                "authentication = \"jitsi-anonymous\" -- do not delete me");
        assertEquals(once, MainVirtualHost.withSignIn(reset, "meet.example.org"));
    }

    @Test
    void aFileWithoutTheHostIsNotGuessedAt() {
        assertThrows(IllegalStateException.class, () -> MainVirtualHost.withSignIn(PACKAGED, "other.example.org"));
    }
}
