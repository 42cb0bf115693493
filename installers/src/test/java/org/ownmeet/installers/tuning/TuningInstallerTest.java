package org.ownmeet.installers.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.PendingChange;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.profile.Profile.MeetingSize;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.installers.ssh.files.FileSnapshot;

/** What the installer plans from a server state, for each size and between sizes (no server needed). */
class TuningInstallerTest {
    private static final TuningInstaller INSTALLER = new TuningInstaller();
    private static final String DOMAIN = ProfileSamples.school().domain();
    private static final String CONFIG_JS = "/etc/jitsi/meet/" + DOMAIN + "-config.js";
    private static final String JVB_CONFIG = "/etc/jitsi/videobridge/config";
    private static final String JICOFO_CONFIG = "/etc/jitsi/jicofo/config";
    private static final String JICOFO_LIMITS = "/etc/systemd/system/jicofo.service.d/ownmeet-tuning.conf";
    private static final String PROSODY_LIMITS = "/etc/systemd/system/prosody.service.d/ownmeet-tuning.conf";
    private static final String FACTS = "cores 8\nmemory-kb 16373240\naddress 203.0.113.5\nssh-port 22\n";

    static Profile profile(MeetingSize size) {
        return ProfileSamples.school().withMeetingSize(size);
    }

    /** A freshly installed server: the packages' files, none of OwnMeet's tuning yet. */
    private static Map<String, String> freshlyInstalled() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(CONFIG_JS, "var config = {\n    channelLastN: -1,\n};\n\n// BEGIN OwnMeet authentication (OwnMeet rewrites this "
                + "block; edit outside it)\nconfig.hosts.anonymousdomain = 'guest." + DOMAIN + "';\n// END OwnMeet authentication\n");
        files.put(JitsiFiles.JVB_CONF, "videobridge {\n    apis.xmpp-client.configs { }\n}\n");
        files.put(JitsiFiles.JICOFO_CONF, "jicofo {\n    bridge.brewery-jid = \"JvbBrewery@internal.auth." + DOMAIN + "\"\n}\n");
        files.put(JVB_CONFIG, "\n# adds java system props\nJAVA_SYS_PROPS=\"-Dconfig.file=/etc/jitsi/videobridge/jvb.conf\"\n");
        files.put(JICOFO_CONFIG, "# adds java system props\nJAVA_SYS_PROPS=\"-Dnet.java.sip.communicator.SC_HOME_DIR_NAME=jicofo\"\n");
        return files;
    }

    /** The HOCON files as the packages' renderer would give them with {@code tuning}'s settings. */
    private static String jvbConf(SizeTuning tuning) {
        return "videobridge {\n    apis.xmpp-client.configs { }\n    load-management.conference-last-n-limits "
                + hocon(tuning.lastNLimits()) + "\n    loudest.route-loudest-only = " + tuning.routeLoudestOnly() + "\n}\n";
    }

    private static String jicofoConf(SizeTuning tuning) {
        return "jicofo {\n    bridge.brewery-jid = \"JvbBrewery@internal.auth." + DOMAIN + "\"\n"
                + "    conference.source-signaling-delays " + hocon(tuning.signalingDelays()) + "\n}\n";
    }

    private static String hocon(Map<Integer, Integer> map) {
        return map.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", ", "{ ", " }"));
    }

    private static ServerState state(Map<String, String> files, MeetingSize renderedFor, String facts) {
        Map<String, FileSnapshot> snapshots = new LinkedHashMap<>();
        for (String path : INSTALLER.needs(profile(renderedFor)).files()) {
            String text = files.get(path);
            snapshots.put(path, text == null ? new FileSnapshot(path, false, null, null, null, null)
                    : new FileSnapshot(path, true, text.getBytes(StandardCharsets.UTF_8), "644", "root", "root"));
        }
        SizeTuning tuning = TuningTable.of(renderedFor);
        return new ServerState(snapshots, Map.of("server-facts", facts, "jvb-conf-tuning", jvbConf(tuning),
                "jicofo-conf-tuning", jicofoConf(tuning)));
    }

    private static List<Change> plan(Map<String, String> files, MeetingSize size) {
        return INSTALLER.plan(state(files, size, FACTS), profile(size), ApplyOptions.defaults());
    }

    /** The files after the plan's changes, as the engine would leave them. */
    private static Map<String, String> applied(Map<String, String> files, List<Change> changes) {
        Map<String, String> after = new LinkedHashMap<>(files);
        for (Change change : changes) {
            FileChange file = (FileChange) change;
            after.put(file.path(), new String(file.after().content(), StandardCharsets.UTF_8));
        }
        return after;
    }

    private static Set<String> paths(List<Change> changes) {
        return changes.stream().map(c -> ((FileChange) c).path()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> restarts(List<Change> changes) {
        return changes.stream().flatMap(c -> c.restarts().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void beforeJitsiIsInstalledTheChangeWaitsButTheWarningDoesNot() {
        ServerState bare = state(Map.of(), MeetingSize.UP_TO_100, "cores 2\nmemory-kb 4000000\n");
        List<Change> changes = INSTALLER.plan(bare, profile(MeetingSize.UP_TO_100), ApplyOptions.defaults());
        assertEquals(1, changes.size());
        assertInstanceOf(PendingChange.class, changes.get(0));
        assertTrue(changes.get(0).summary().contains("meetings of up to 100 people"), changes.get(0).summary());
        List<String> warnings = INSTALLER.warnings(bare, profile(MeetingSize.UP_TO_100)).stream().map(Notice::english).toList();
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("This server has 2 processor cores and 4 GB of memory;"), warnings.get(0));
    }

    @Test
    void everyFileGetsTheSizesValuesAndRestartsOnlyItsService() {
        List<Change> changes = plan(freshlyInstalled(), MeetingSize.UP_TO_100);
        assertEquals(Set.of(CONFIG_JS, JitsiFiles.JVB_CONF, JitsiFiles.JICOFO_CONF, JVB_CONFIG, JICOFO_CONFIG,
                JICOFO_LIMITS, PROSODY_LIMITS), paths(changes));
        Map<String, Set<String>> restartsByFile = changes.stream().map(FileChange.class::cast)
                .collect(Collectors.toMap(FileChange::path, FileChange::restarts));
        assertEquals(Set.of(), restartsByFile.get(CONFIG_JS), "the web app reads config.js on every page load");
        assertEquals(Set.of("jitsi-videobridge2"), restartsByFile.get(JitsiFiles.JVB_CONF));
        assertEquals(Set.of("jitsi-videobridge2"), restartsByFile.get(JVB_CONFIG));
        assertEquals(Set.of("jicofo"), restartsByFile.get(JitsiFiles.JICOFO_CONF));
        assertEquals(Set.of("jicofo"), restartsByFile.get(JICOFO_CONFIG));
        assertEquals(Set.of("jicofo"), restartsByFile.get(JICOFO_LIMITS));
        assertEquals(Set.of("prosody"), restartsByFile.get(PROSODY_LIMITS));

        Map<String, String> files = applied(freshlyInstalled(), changes);
        String configJs = files.get(CONFIG_JS);
        assertTrue(configJs.startsWith(freshlyInstalled().get(CONFIG_JS)), "the authentication block stays as it was");
        assertTrue(configJs.endsWith("""
                // BEGIN OwnMeet tuning (OwnMeet rewrites this block; edit outside it)
                // for meetings of up to 100 people
                config.startAudioMuted = 5;
                config.startVideoMuted = 5;
                config.channelLastN = 20;
                config.resolution = 360;
                config.constraints = { video: { height: { ideal: 360, max: 360, min: 180 } } };
                config.maxFullResolutionParticipants = 1;
                // END OwnMeet tuning
                """), configJs);
        assertTrue(files.get(JVB_CONFIG).endsWith("\nVIDEOBRIDGE_MAX_MEMORY=8192m\n# END OwnMeet tuning\n"), files.get(JVB_CONFIG));
        assertTrue(files.get(JICOFO_CONFIG).endsWith("\nJICOFO_MAX_MEMORY=2816m\n# END OwnMeet tuning\n"), files.get(JICOFO_CONFIG));
        assertEquals("# OwnMeet rewrites this file from the meeting size in its profile\n[Service]\n"
                + "LimitNOFILE=65000\nLimitNPROC=65000\nTasksMax=65000\n", files.get(JICOFO_LIMITS));
        assertEquals("# OwnMeet rewrites this file from the meeting size in its profile\n[Service]\n"
                + "LimitNOFILE=65000\n", files.get(PROSODY_LIMITS));
        assertEquals(jvbConf(TuningTable.of(MeetingSize.UP_TO_100)), files.get(JitsiFiles.JVB_CONF));
    }

    @Test
    void theSameSizeAgainChangesNothing() {
        for (MeetingSize size : MeetingSize.values()) {
            Map<String, String> once = applied(freshlyInstalled(), plan(freshlyInstalled(), size));
            assertEquals(List.of(), plan(once, size), size.name());
        }
    }

    @Test
    void anotherSizeChangesExactlyTheValuesThatDiffer() {
        Map<String, String> for25 = applied(freshlyInstalled(), plan(freshlyInstalled(), MeetingSize.UP_TO_25));

        List<Change> to50 = plan(for25, MeetingSize.UP_TO_50);
        assertEquals(Set.of(CONFIG_JS, JitsiFiles.JVB_CONF, JitsiFiles.JICOFO_CONF), paths(to50),
                "the heap follows the memory, not the size; both sizes keep systemd's default limits");
        assertEquals(Set.of("jicofo", "jitsi-videobridge2"), restarts(to50));

        Map<String, String> for50 = applied(for25, to50);
        List<Change> to100 = plan(for50, MeetingSize.UP_TO_100);
        assertEquals(Set.of(CONFIG_JS, JICOFO_LIMITS, PROSODY_LIMITS), paths(to100),
                "the bridge's and jicofo's settings are the same from 50 people on");
        assertEquals(Set.of("jicofo", "prosody"), restarts(to100));

        List<Change> toMore = plan(applied(for50, to100), MeetingSize.MORE_THAN_100);
        assertEquals(Set.of(CONFIG_JS), paths(toMore), "only the web app's note of the size differs");
        assertEquals(Set.of(), restarts(toMore));

        List<Change> back = plan(applied(for50, to100), MeetingSize.UP_TO_25);
        Map<String, String> backTo25 = applied(applied(for50, to100), back);
        assertEquals(for25, backTo25, "back to the smaller size gives the same files as that size did");
    }

    @Test
    void unknownMemoryLeavesTheJavaServicesMemoryAlone() {
        ServerState unknown = state(freshlyInstalled(), MeetingSize.UP_TO_25, "cores 4\n");
        List<Change> changes = INSTALLER.plan(unknown, profile(MeetingSize.UP_TO_25), ApplyOptions.defaults());
        assertTrue(paths(changes).stream().noneMatch(p -> p.equals(JVB_CONFIG) || p.equals(JICOFO_CONFIG)), paths(changes).toString());
        assertTrue(INSTALLER.warnings(unknown, profile(MeetingSize.UP_TO_25)).get(0).english().startsWith("OwnMeet could not find out"));
    }
}
