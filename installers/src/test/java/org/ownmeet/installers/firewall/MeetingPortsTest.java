package org.ownmeet.installers.firewall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.Profile;

class MeetingPortsTest {

    @Test
    void sshTheWebTheMediaAndTurn() {
        assertEquals(List.of("22/tcp", "2222/tcp", "80/tcp", "443/tcp", "10000/udp", "3478/udp", "5349/tcp"),
                specs(MeetingPorts.rules(profile(false), Set.of(2222, 22))));
    }

    @Test
    void xmppOnlyForDesktopApps() {
        List<FirewallRule> rules = MeetingPorts.rules(profile(true), Set.of(22));
        assertEquals(new FirewallRule(5222, "tcp", "XMPP apps"), rules.get(rules.size() - 1));
    }

    @Test
    void sshOnAMeetingPortIsOneRule() {
        assertEquals(List.of("443/tcp", "80/tcp", "10000/udp", "3478/udp", "5349/tcp"), specs(MeetingPorts.rules(profile(false), Set.of(443))));
    }

    @Test
    void aRuleIsOnePortOneProtocolAndAPlainPurpose() {
        assertThrows(IllegalArgumentException.class, () -> new FirewallRule(0, "tcp", "x"));
        assertThrows(IllegalArgumentException.class, () -> new FirewallRule(65536, "tcp", "x"));
        assertThrows(IllegalArgumentException.class, () -> new FirewallRule(22, "icmp", "x"));
        assertThrows(IllegalArgumentException.class, () -> new FirewallRule(22, "tcp", "it's"));
        assertEquals("OwnMeet SSH", new FirewallRule(22, "tcp", "SSH").comment());
    }

    private static List<String> specs(List<FirewallRule> rules) {
        return rules.stream().map(FirewallRule::spec).toList();
    }

    private static Profile profile(boolean desktopXmppClients) {
        Profile base = Profile.newProfile();
        return base.with(b -> b.domain("meet.example.org").adminEmail("admin@example.org").hostAccounts(List.of())
                .options(base.options().withDesktopXmppClients(desktopXmppClients)));
    }
}
