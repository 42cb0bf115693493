package org.ownmeet.installers.firewall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.ssh.files.FileSnapshot;

class FirewallDiffTest {
    private static final FirewallRule SSH = new FirewallRule(22, "tcp", "SSH");
    private static final FirewallRule HTTPS = new FirewallRule(443, "tcp", "HTTPS");
    private static final FirewallRule MEDIA = new FirewallRule(10000, "udp", "media");

    @Test
    void aFreshUfwGetsEveryRuleThenIsTurnedOn() {
        FirewallDiff diff = FirewallDiff.between(state(null, null, null, null, false), List.of(SSH, HTTPS, MEDIA));
        assertEquals("""
                ufw allow 22/tcp comment 'OwnMeet SSH'
                ufw allow 443/tcp comment 'OwnMeet HTTPS'
                ufw allow 10000/udp comment 'OwnMeet media'
                ufw logging off
                ufw --force enable
                """, diff.commands());
        assertEquals(List.of("let in 22/tcp (SSH)", "let in 443/tcp (HTTPS)", "let in 10000/udp (media)",
                "stop logging refused connections (each log line would name the sender's address)", "turn the firewall on"), diff.lines());
    }

    @Test
    void aFirewallThatLogsRefusedConnectionsStopsLoggingThem() {
        String rules4 = tuple("allow tcp 22 0.0.0.0/0 any 0.0.0.0/0 in", "OwnMeet SSH");
        String rules6 = rules4.replace("0.0.0.0/0", "::/0");
        FirewallDiff diff = FirewallDiff.between(state(rules4, rules6, "ENABLED=yes\nLOGLEVEL=medium\n", null, true), List.of(SSH));
        assertEquals("ufw logging off\n", diff.commands());
    }

    @Test
    void whatIsAlreadyThereIsNotChangedAgain() {
        String rules4 = tuple("allow tcp 22 0.0.0.0/0 any 0.0.0.0/0 in", "OwnMeet SSH")
                + tuple("allow tcp 443 0.0.0.0/0 any 0.0.0.0/0 in", "OwnMeet HTTPS");
        String rules6 = rules4.replace("0.0.0.0/0", "::/0");
        FirewallDiff diff = FirewallDiff.between(state(rules4, rules6, "ENABLED=yes\nLOGLEVEL=off\n", null, true), List.of(SSH, HTTPS));
        assertTrue(diff.isEmpty(), diff.lines().toString());
        assertEquals("", diff.commands());
    }

    @Test
    void theAdminsOwnRulesCountAndAreNeverTouched() {
        String rules4 = tuple("allow any 22 0.0.0.0/0 any 0.0.0.0/0 in", null) + tuple("allow tcp 8080 0.0.0.0/0 any 0.0.0.0/0 in", null);
        String rules6 = tuple("allow tcp 22 ::/0 any ::/0 OpenSSH - in", null);
        FirewallDiff diff = FirewallDiff.between(state(rules4, rules6, "ENABLED=yes\nLOGLEVEL=off\n", null, true), List.of(SSH, HTTPS));
        assertEquals("ufw allow 443/tcp comment 'OwnMeet HTTPS'\n", diff.commands());
    }

    @Test
    void aFamilyThatLacksThePortGetsItsOwnRuleOnly() {
        String rules4 = tuple("allow tcp 22 0.0.0.0/0 any 0.0.0.0/0 in", null);
        String rules6 = tuple("allow tcp 443 ::/0 any ::/0 in", null);
        FirewallDiff diff = FirewallDiff.between(state(rules4, rules6, "ENABLED=yes\nLOGLEVEL=off\n", null, true), List.of(SSH, HTTPS));
        assertEquals("""
                ufw allow proto tcp from ::/0 to any port 22 comment 'OwnMeet SSH'
                ufw allow proto tcp from 0.0.0.0/0 to any port 443 comment 'OwnMeet HTTPS'
                """, diff.commands());
        assertEquals(List.of("let in 22/tcp (SSH), for IPv6 (IPv4 is already let in)",
                "let in 443/tcp (HTTPS), for IPv4 (IPv6 is already let in)"), diff.lines());
    }

    @Test
    void ownMeetsRulesNoLongerWantedAreClosedByTheirOwnComment() {
        String rules4 = tuple("allow tcp 22 0.0.0.0/0 any 0.0.0.0/0 in", "OwnMeet SSH")
                + tuple("allow tcp 5222 0.0.0.0/0 any 0.0.0.0/0 in", "OwnMeet XMPP apps")
                + tuple("allow tcp 4443 0.0.0.0/0 any 0.0.0.0/0 in", "OwnMeet videobridge (old)")
                + tuple("allow tcp 5280 0.0.0.0/0 any 0.0.0.0/0 in", null);
        String rules6 = rules4.replace("0.0.0.0/0", "::/0");
        FirewallDiff diff = FirewallDiff.between(state(rules4, rules6, "ENABLED=yes\nLOGLEVEL=off\n", null, true), List.of(SSH));
        assertEquals("""
                ufw delete allow 5222/tcp comment 'OwnMeet XMPP apps'
                ufw delete allow 4443/tcp comment 'OwnMeet videobridge (old)'
                """, diff.commands());
        assertEquals("close 5222/tcp (the rule \"OwnMeet XMPP apps\", no longer asked for)", diff.lines().get(0));
    }

    @Test
    void policiesAndIpv6AreSetBeforeRulesAreAddedAndUfwIsReloaded() {
        String rules4 = tuple("allow tcp 22 0.0.0.0/0 any 0.0.0.0/0 in", "OwnMeet SSH");
        String defaults = "IPV6=no\nDEFAULT_INPUT_POLICY=\"ACCEPT\"\nDEFAULT_OUTPUT_POLICY=\"REJECT\"\n";
        FirewallDiff diff = FirewallDiff.between(state(rules4, null, "ENABLED=yes\nLOGLEVEL=off\n", defaults, true), List.of(SSH));
        assertTrue(diff.ipv6On());
        assertEquals("""
                ufw reload
                ufw allow proto tcp from ::/0 to any port 22 comment 'OwnMeet SSH'
                ufw default deny incoming
                ufw default allow outgoing
                """, diff.commands());
        assertEquals(List.of("let in 22/tcp (SSH), for IPv6 (IPv4 is already let in)", "filter IPv6 as well (ufw filters only IPv4 now)",
                "refuse incoming connections that no rule lets in (now: accept)", "allow outgoing connections (now: reject)"),
                diff.lines());
    }

    @Test
    void enabledButNotLoadedIsTurnedOnAgain() {
        String rules4 = tuple("allow tcp 22 0.0.0.0/0 any 0.0.0.0/0 in", "OwnMeet SSH");
        FirewallDiff diff = FirewallDiff.between(state(rules4, rules4.replace("0.0.0.0/0", "::/0"), "ENABLED=yes\nLOGLEVEL=off\n", null, false),
                List.of(SSH));
        assertEquals("ufw --force enable\n", diff.commands());
        assertFalse(diff.ipv6Reload());
    }

    private static String tuple(String fields, String comment) {
        return "### tuple ### " + fields + (comment == null ? "" : " comment=" + HexFormat.of()
                .formatHex(comment.getBytes(java.nio.charset.StandardCharsets.UTF_8))) + "\n";
    }

    static UfwState state(String rules4, String rules6, String conf, String defaults, boolean running) {
        Map<String, String> texts = new HashMap<>();
        texts.put(UfwState.RULES4, rules4);
        texts.put(UfwState.RULES6, rules6);
        texts.put(UfwSettings.CONF, conf);
        texts.put(UfwSettings.DEFAULTS, defaults);
        return UfwState.read(path -> texts.get(path) == null ? new FileSnapshot(path, false, null, null, null, null)
                : new FileSnapshot(path, true, texts.get(path).getBytes(java.nio.charset.StandardCharsets.UTF_8), "644", "root", "root"),
                "", running);
    }
}
