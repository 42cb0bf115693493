package org.ownmeet.installers.bridges;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.ownmeet.installers.bridges.BridgeFirewallInstaller.BridgeAddress;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.Bridge;
import org.ownmeet.installers.profile.Profile.Options;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.installers.ssh.files.FileSnapshot;

/** Port 5222 of the main server for the bridges' addresses only, from ufw's own rule files. */
class BridgeFirewallTest {
    private static final Profile PROFILE = ProfileSamples.school().withOptions(new Options(false, false, true))
            .withBridges(List.of(new Bridge("bridge2", "bridge2.schule-am-see.de", 22, "debian")));

    @Test
    void opensThePortToEachAddressOfTheBridgeAndClosesItToAnOldOne() {
        String old = "### tuple ### allow tcp 5222 0.0.0.0/0 any 203.0.113.9 in comment=" + hex("OwnMeet videobridge bridge2") + "\n";
        ServerState state = state(old, "bridge2 203.0.113.6\nbridge2 2001:db8::6\n");
        assertEquals(List.of(new OpenXmppToBridges(List.of(new BridgeAddress("bridge2", "203.0.113.6"),
                        new BridgeAddress("bridge2", "2001:db8::6")), List.of(new BridgeAddress("bridge2", "203.0.113.9")))),
                new BridgeFirewallInstaller().plan(state, PROFILE, ApplyOptions.defaults()));
        String done = "### tuple ### allow tcp 5222 0.0.0.0/0 any 203.0.113.6 in comment=" + hex("OwnMeet videobridge bridge2") + "\n";
        String done6 = "### tuple ### allow tcp 5222 ::/0 any 2001:db8::6 in comment=" + hex("OwnMeet videobridge bridge2") + "\n";
        assertEquals(List.of(), new BridgeFirewallInstaller().plan(new ServerState(Map.of(
                "/etc/ufw/user.rules", file("/etc/ufw/user.rules", done), "/etc/ufw/user6.rules", file("/etc/ufw/user6.rules", done6)),
                Map.of("bridge-addresses", "bridge2 203.0.113.6\nbridge2 2001:db8::6\n")), PROFILE, ApplyOptions.defaults()));
    }

    @Test
    void aRemovedBridgesRuleGoesOnlyOnceConfirmed() {
        String rule = "### tuple ### allow tcp 5222 0.0.0.0/0 any 203.0.113.6 in comment=" + hex("OwnMeet videobridge bridge2") + "\n";
        Profile alone = PROFILE.withBridges(List.of());
        assertEquals(List.of(), new BridgeFirewallInstaller().plan(state(rule, ""), alone, ApplyOptions.defaults()));
        assertEquals(List.of(new OpenXmppToBridges(List.of(), List.of(new BridgeAddress("bridge2", "203.0.113.6")))),
                new BridgeFirewallInstaller().plan(state(rule, ""), alone,
                        ApplyOptions.defaults().withConfirmedRemovals(Set.of("jvb-bridge2"))));
        // without OwnMeet's firewall, nothing is touched and the plan says what to do by hand
        Profile noFirewall = PROFILE.withOptions(new Options(false, false, false));
        assertEquals(List.of(), new BridgeFirewallInstaller().plan(state(rule, ""), noFirewall, ApplyOptions.defaults()));
        assertEquals("bridge.firewall-by-hand", new BridgeFirewallInstaller().warnings(state(rule, ""), noFirewall).get(0).code());
    }

    private static ServerState state(String rules4, String addresses) {
        return new ServerState(Map.of("/etc/ufw/user.rules", file("/etc/ufw/user.rules", rules4),
                "/etc/ufw/user6.rules", new FileSnapshot("/etc/ufw/user6.rules", false, new byte[0], null, null, null)),
                Map.of("bridge-addresses", addresses));
    }

    private static FileSnapshot file(String path, String text) {
        return new FileSnapshot(path, true, text.getBytes(StandardCharsets.UTF_8), "640", "root", "root");
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }
}
