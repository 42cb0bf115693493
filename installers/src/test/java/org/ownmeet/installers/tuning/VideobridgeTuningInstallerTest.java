package org.ownmeet.installers.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.PendingChange;
import org.ownmeet.installers.engine.StatesForPlans;
import org.ownmeet.installers.profile.Profile.MeetingSize;

/** The meeting size on an extra videobridge server: the videobridge's memory and limits, nothing of jicofo or Prosody. */
class VideobridgeTuningInstallerTest {
    private static final VideobridgeTuningInstaller INSTALLER = new VideobridgeTuningInstaller();
    private static final String CONFIG = "/etc/jitsi/videobridge/config";
    private static final String LIMITS = "/etc/systemd/system/jitsi-videobridge2.service.d/ownmeet-tuning.conf";
    private static final String FACTS = "cores 8\nmemory-kb 16373240\naddress 203.0.113.6\nssh-port 22\n";

    private static List<Change> plan(Map<String, String> files, MeetingSize size) {
        return INSTALLER.plan(StatesForPlans.of(INSTALLER, TuningInstallerTest.profile(size), files, Map.of("server-facts", FACTS)),
                TuningInstallerTest.profile(size), ApplyOptions.defaults());
    }

    @Test
    void onlyTheVideobridgesFilesAreRead() {
        assertEquals(List.of(CONFIG, LIMITS), INSTALLER.needs(TuningInstallerTest.profile(MeetingSize.UP_TO_25)).files());
    }

    @Test
    void beforeTheVideobridgeIsInstalledItWaits() {
        List<Change> changes = plan(Map.of(), MeetingSize.UP_TO_100);
        assertEquals(1, changes.size());
        assertInstanceOf(PendingChange.class, changes.get(0));
    }

    @Test
    void theVideobridgeGetsTheServersMemoryAndTheSizesLimitsThenNothingMore() {
        Map<String, String> files = new LinkedHashMap<>(Map.of(CONFIG, "JAVA_SYS_PROPS=\"-Dconfig.file=/etc/jitsi/videobridge/jvb.conf\"\n"));
        List<Change> changes = plan(files, MeetingSize.UP_TO_100);
        assertEquals(2, changes.size(), changes.toString());
        StatesForPlans.write(changes, files);
        changes.forEach(change -> assertEquals(Set.of("jitsi-videobridge2"), ((FileChange) change).restarts()));
        assertTrue(files.get(CONFIG).contains("VIDEOBRIDGE_MAX_MEMORY=" + JavaHeap.forVideobridgeServer(15989).videobridgeMegabytes()
                + "m"), files.get(CONFIG));
        assertTrue(files.get(LIMITS).contains("LimitNOFILE=65000\nLimitNPROC=65000\nTasksMax=65000\n"), files.get(LIMITS));
        assertEquals(List.of(), plan(files, MeetingSize.UP_TO_100));
        // a smaller size takes the raised limits back
        List<Change> smaller = plan(files, MeetingSize.UP_TO_25);
        assertEquals(1, smaller.size());
        assertTrue(!new String(((FileChange) smaller.get(0)).after().content(), StandardCharsets.UTF_8).contains("Limit"));
    }
}
