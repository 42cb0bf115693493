package org.ownmeet.installers.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
        assertTrue(edited.contains("    " + MainVirtualHost.NO_INVITATIONS + " " + MainVirtualHost.MARK));
        assertTrue(edited.contains("    c2s_require_encryption = true " + MainVirtualHost.MARK), edited);
        assertTrue(!edited.contains("c2s_require_encryption = false"), edited);
        assertEquals(PACKAGED.lines().count() + 3, edited.lines().count(), "three lines added, none removed");
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

    /** Lua takes the last assignment: every allow_registration of the host is made false, not only the first. */
    @Test
    void everyAllowRegistrationOfTheHostBecomesFalseAndOtherHostsKeepTheirs() {
        String signUp = PACKAGED.replace("    c2s_require_encryption = false\n", "    allow_registration = false\n"
                + "    c2s_require_encryption = false\n    allow_registration=true; -- added later by hand\n")
                + "    allow_registration = true\n";
        String edited = MainVirtualHost.withSignIn(signUp, "meet.example.org");
        String mainHost = edited.substring(0, edited.indexOf("Component"));
        assertEquals(List.of("allow_registration = false", "allow_registration = false " + MainVirtualHost.MARK
                + "; nobody signs up by themselves"), mainHost.lines().map(String::strip)
                .filter(line -> line.startsWith("allow_registration")).toList());
        assertTrue(edited.endsWith("VirtualHost \"auth.meet.example.org\"\n    authentication = \"internal_hashed\"\n"
                + "    allow_registration = true\n"), "the auth host is the packages' business");
        assertEquals(edited, MainVirtualHost.withSignIn(edited, "meet.example.org"));
    }

    @Test
    void aFileWithoutTheHostIsNotGuessedAt() {
        assertThrows(IllegalStateException.class, () -> MainVirtualHost.withSignIn(PACKAGED, "other.example.org"));
    }
}
