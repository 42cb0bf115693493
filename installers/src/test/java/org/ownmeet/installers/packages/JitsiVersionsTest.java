package org.ownmeet.installers.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.profile.ProfileSamples;

class JitsiVersionsTest {
    private static final String ANSWER = "jicofo 1.0-1178-1 1.0-1190-1\njitsi-meet-web 1.0.9142-1 1.0.9200-1\nnot-jitsi 1 2\n";

    @Test
    void readsTheInstalledAndOfferedVersionOfJitsisPackagesOnly() {
        JitsiVersions versions = JitsiVersions.parse(ANSWER);
        assertEquals(List.of("jicofo", "jitsi-meet-web"), versions.names());
        assertEquals("jicofo 1.0-1178-1 → 1.0-1190-1; jitsi-meet-web 1.0.9142-1 → 1.0.9200-1", versions.lines());
    }

    @Test
    void thePlanNamesThemAndOnlyARunAskedToUpgradesThem() {
        ServerState state = new ServerState(java.util.Map.of(), java.util.Map.of(JitsiVersions.PROBE.id(), ANSWER));
        JitsiUpgradeInstaller installer = new JitsiUpgradeInstaller();
        assertTrue(installer.plan(state, ProfileSamples.school(), ApplyOptions.defaults()).isEmpty());
        assertTrue(installer.warnings(state, ProfileSamples.school(), ApplyOptions.defaults()).get(0).english().startsWith("Newer Jitsi Meet packages "
                + "are available: jicofo 1.0-1178-1 → 1.0-1190-1; jitsi-meet-web"));
        assertEquals("Upgrade Jitsi Meet: jicofo 1.0-1178-1 → 1.0-1190-1; jitsi-meet-web 1.0.9142-1 → 1.0.9200-1",
                installer.plan(state, ProfileSamples.school(), ApplyOptions.defaults().withJitsiUpgrade(true)).get(0).summary());
        ServerState none = new ServerState(java.util.Map.of(), java.util.Map.of(JitsiVersions.PROBE.id(), ""));
        assertTrue(installer.plan(none, ProfileSamples.school(), ApplyOptions.defaults().withJitsiUpgrade(true)).isEmpty());
        assertTrue(installer.warnings(none, ProfileSamples.school(), ApplyOptions.defaults()).isEmpty());
        assertTrue(installer.warnings(state, ProfileSamples.school(), ApplyOptions.defaults().withJitsiUpgrade(true)).isEmpty(),
                "a run that upgrades them does not also say they are left as they are");
    }
}
