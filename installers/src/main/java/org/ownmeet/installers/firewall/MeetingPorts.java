package org.ownmeet.installers.firewall;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.ownmeet.installers.profile.Profile;

/**
 * What a meeting server must let in: SSH on every port it is reached on, the web (80 for the
 * certificate's renewal and the redirect, 443), the videobridge's media (10000/udp), TURN (3478/udp,
 * 5349/tcp), and XMPP (5222/tcp) only when hosts may use desktop XMPP apps.
 */
final class MeetingPorts {
    private MeetingPorts() {
    }

    static List<FirewallRule> rules(Profile profile, Set<Integer> sshPorts) {
        List<FirewallRule> rules = ssh(sshPorts);
        rules.add(new FirewallRule(80, "tcp", "HTTP"));
        rules.add(new FirewallRule(443, "tcp", "HTTPS"));
        rules.add(new FirewallRule(10000, "udp", "media"));
        rules.add(new FirewallRule(3478, "udp", "TURN"));
        rules.add(new FirewallRule(5349, "tcp", "TURN over TLS"));
        if (profile.options().desktopXmppClients()) {
            rules.add(new FirewallRule(5222, "tcp", "XMPP apps"));
        }
        return distinct(rules);
    }

    /** An extra videobridge server: SSH, its media (10000/udp) and its WebSocket for the main server's nginx. */
    static List<FirewallRule> videobridge(Set<Integer> sshPorts, int webSocketPort) {
        List<FirewallRule> rules = ssh(sshPorts);
        rules.add(new FirewallRule(10000, "udp", "media"));
        rules.add(new FirewallRule(webSocketPort, "tcp", "videobridge WebSocket"));
        return distinct(rules);
    }

    private static List<FirewallRule> ssh(Set<Integer> sshPorts) {
        List<FirewallRule> rules = new ArrayList<>();
        new TreeSet<>(sshPorts).forEach(port -> rules.add(new FirewallRule(port, "tcp", "SSH")));
        return rules;
    }

    /** sshd on 443, say: one rule per port. */
    private static List<FirewallRule> distinct(List<FirewallRule> rules) {
        Set<String> seen = new HashSet<>();
        return rules.stream().filter(rule -> seen.add(rule.spec())).toList();
    }
}
