package org.ownmeet.installers.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Prosody's log setting, always in the global section, replacing whatever logging was set there. */
class ProsodyLoggingTest {
    private static final String OWN = ProsodyLogging.SETTING;

    @Test
    void debiansTableWithItsSyslogCopyIsReplacedInPlace() {
        String debian = """
                pidfile = "/run/prosody/prosody.pid";

                -- For advanced logging see https://prosody.im/doc/logging
                log = {
                	-- Log files (change 'info' to 'debug' for debug logs):
                	info = "/var/log/prosody/prosody.log";
                	error = "/var/log/prosody/prosody.err";
                	-- Syslog:
                	{ levels = { "error" }; to = "syslog";  };
                }

                certificates = "certs"

                VirtualHost "localhost"
                	log = "host-specific, left alone"

                Include "conf.d/*.cfg.lua"
                """;
        String edited = ProsodyLogging.withWarningsOnly(debian);
        assertEquals("""
                pidfile = "/run/prosody/prosody.pid";

                -- For advanced logging see https://prosody.im/doc/logging
                %s

                certificates = "certs"

                VirtualHost "localhost"
                	log = "host-specific, left alone"

                Include "conf.d/*.cfg.lua"
                """.formatted(OWN), edited);
        assertEquals(edited, ProsodyLogging.withWarningsOnly(edited));
    }

    @Test
    void withoutASettingItGoesBeforeTheFirstHostOrComponent() {
        String bare = """
                admins = { }
                Component "conference.example.org" "muc"
                VirtualHost "example.org"
                """;
        String edited = ProsodyLogging.withWarningsOnly(bare);
        assertEquals("admins = { }\n" + OWN + "\n\nComponent \"conference.example.org\" \"muc\"\nVirtualHost \"example.org\"\n", edited);
        assertEquals(edited, ProsodyLogging.withWarningsOnly(edited));
        assertEquals("admins = { }\n" + OWN + "\n", ProsodyLogging.withWarningsOnly("admins = { }\n"));
    }

    @Test
    void commentsAreNotSettingsAndASecondGlobalSettingGoes() {
        String text = """
                --[[ an old attempt
                log = {
                	debug = "/tmp/debug.log";
                }
                ]]
                -- log = "*console"
                log = "*syslog" -- a string value, on one line
                log = { info = "/var/log/prosody/prosody.log"; error = "{not a brace}" }
                VirtualHost "example.org"
                """;
        assertEquals("""
                --[[ an old attempt
                log = {
                	debug = "/tmp/debug.log";
                }
                ]]
                -- log = "*console"
                %s
                VirtualHost "example.org"
                """.formatted(OWN), ProsodyLogging.withWarningsOnly(text));
    }
}
