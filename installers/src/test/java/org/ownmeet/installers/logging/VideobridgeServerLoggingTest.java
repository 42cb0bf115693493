package org.ownmeet.installers.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.PendingChange;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StatesForPlans;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.installers.verify.CheckId;

/** The main server's logging rules on an extra videobridge server, where the videobridge is all of Jitsi there is. */
class VideobridgeServerLoggingTest {
    private static final LoggingInstaller INSTALLER = LoggingInstaller.forVideobridge();
    private static final Profile PROFILE = ProfileSamples.school();
    private static final String ROTATION = "/etc/logrotate.d/jitsi-videobridge";

    private static List<Change> plan(Map<String, String> files) {
        ServerState state = StatesForPlans.of(INSTALLER, PROFILE, files, Map.of("logrotate", "logrotate installed\nenabled\n",
                "stored-journal", ""));
        return INSTALLER.plan(state, PROFILE, ApplyOptions.defaults());
    }

    @Test
    void neitherTheWebServerNorProsodyNorJvbConfIsExpected() {
        List<String> files = INSTALLER.needs(PROFILE).files();
        assertTrue(files.contains(JavaLogging.VIDEOBRIDGE) && !files.contains(JavaLogging.JICOFO)
                && !files.contains(ProsodyLogging.PATH) && !files.contains("/etc/jitsi/videobridge/jvb.conf"), files.toString());
        assertEquals(List.of(CheckId.LOG_RETENTION), INSTALLER.checks(PROFILE).stream().map(c -> c.id()).toList());
        assertEquals(Map.of("videobridge.redact-remote-addresses", true, "ice4j.redact-remote-addresses", true),
                LoggingInstaller.videobridgeSettings());
    }

    @Test
    void theVideobridgesLogItsRotationAndTheJournalGetTheChosenRulesThenNothingMore() {
        assertInstanceOf(PendingChange.class, plan(Map.of()).get(0), "the videobridge's log waits for its package");
        Map<String, String> files = new LinkedHashMap<>(Map.of(JavaLogging.VIDEOBRIDGE, ".level=INFO\n",
                ROTATION, "/var/log/jitsi/jvb.log {\n    weekly\n    rotate 52\n}\n"));
        List<Change> changes = plan(files);
        assertEquals(3, changes.size(), changes.toString());
        StatesForPlans.write(changes, files);
        int days = PROFILE.logging().retentionDays();
        assertEquals(".level=WARNING\n", files.get(JavaLogging.VIDEOBRIDGE));
        assertTrue(files.get(ROTATION).contains("maxage " + days), files.get(ROTATION));
        assertEquals(JournalRetention.content(days), files.get(JournalRetention.PATH));
        assertEquals(List.of(), plan(files));
    }
}
