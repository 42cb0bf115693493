package org.ownmeet.installers.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** jicofo's and the videobridge's level, coturn's destination, the journal's days, logrotate's presence, and the address search. */
class SmallLogSettingsTest {

    @Test
    void theRootLevelBecomesWarningOtherLevelsStay() {
        String properties = "handlers= java.util.logging.ConsoleHandler\njava.util.logging.ConsoleHandler.level = ALL\n"
                + ".level=INFO\nio.sentry.jul.SentryHandler.level=WARNING\n";
        String edited = JavaLogging.warningsOnly(properties);
        assertEquals(properties.replace(".level=INFO", ".level=WARNING"), edited);
        assertEquals(edited, JavaLogging.warningsOnly(edited));
        assertEquals("handlers= x\n.level=WARNING\n", JavaLogging.warningsOnly("handlers= x"));
        assertEquals("a=b\n.level=WARNING\n", JavaLogging.warningsOnly("a=b\n  .level : FINE\n"));
    }

    @Test
    void coturnWritesNowhereAndItsOtherDestinationsAreCommentedOut() {
        String conf = "# jitsi-meet coturn config. Do not modify this line\nuse-auth-secret\nlog-file=/var/log/turn.log\nsyslog\n";
        String edited = TurnServerLogging.withoutLog(conf);
        assertEquals("""
                # jitsi-meet coturn config. Do not modify this line
                use-auth-secret
                # log-file=/var/log/turn.log   # OwnMeet: coturn keeps no log, see the OwnMeet logging block
                # syslog   # OwnMeet: coturn keeps no log, see the OwnMeet logging block

                # BEGIN OwnMeet logging (OwnMeet rewrites this block; edit outside it)
                no-stdout-log
                log-file=/dev/null
                simple-log
                # END OwnMeet logging
                """, edited);
        assertEquals(edited, TurnServerLogging.withoutLog(edited));
    }

    @Test
    void theJournalKeepsTheDaysOrOnlyMemoryForZero() {
        assertTrue(JournalRetention.content(7).contains("\n[Journal]\nMaxRetentionSec=7day\nMaxFileSec=1day\n"));
        assertTrue(JournalRetention.content(1).contains(" 1 day,"));
        String none = JournalRetention.content(0);
        assertTrue(none.contains("\nStorage=volatile\n") && none.contains("\nMaxRetentionSec=1day\n"), none);
        assertFalse(none.contains("MaxRetentionSec=0"), "0 would mean no limit at all");
        assertTrue(JournalRetention.hasStoredFiles("1\n"));
        assertFalse(JournalRetention.hasStoredFiles("0\n"));
    }

    @Test
    void logrotateMustBeInstalledAndItsTimerOn() {
        assertTrue(LogrotateRuns.installed("logrotate installed\nenabled\n"));
        assertTrue(LogrotateRuns.timerOn("logrotate installed\nenabled\n"));
        assertTrue(LogrotateRuns.timerOn("logrotate installed\nstatic\n"));
        assertFalse(LogrotateRuns.timerOn("logrotate installed\nmasked\n"));
        assertFalse(LogrotateRuns.installed("logrotate config-files\n"));
        assertFalse(LogrotateRuns.installed("\n"));
        assertEquals(1, LogrotateRuns.changes("logrotate installed\ndisabled\n", java.time.Duration.ofMinutes(1)).size());
        assertEquals(0, LogrotateRuns.changes("logrotate installed\nenabled\n", java.time.Duration.ofMinutes(1)).size());
    }

    @Test
    void anAddressIsFoundWholeWithOrWithoutAPortNeverAsPartOfAnother() {
        Pattern v4 = Pattern.compile(ClientAddressCheck.pattern("10.203.0.1"), Pattern.CASE_INSENSITIVE);
        for (String line : new String[] {"client: 10.203.0.1, server: x", "10.203.0.1 - - [21/Nov/2026]", "from 10.203.0.1:443",
            "peer ::ffff:10.203.0.1 port 5", "ends with 10.203.0.1", "ends with 10.203.0.1."}) {
            assertTrue(v4.matcher(line).find(), line);
        }
        for (String line : new String[] {"10.203.0.11 - -", "110.203.0.1", "10.203.0.1.5", "10.203.X.X", "10.203.0.10:80"}) {
            assertFalse(v4.matcher(line).find(), line);
        }
        Pattern v6 = Pattern.compile(ClientAddressCheck.pattern("2001:DB8::1"), Pattern.CASE_INSENSITIVE);
        assertTrue(v6.matcher("[2001:db8::1]:443").find());
        assertTrue(v6.matcher("client: 2001:DB8::1, server").find());
        assertFalse(v6.matcher("2001:db8::12").find());
        assertFalse(v6.matcher("2001:db8::X").find());
    }
}
