package org.ownmeet.installers.firewall;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ownmeet.installers.ssh.exec.ShellQuote;

/**
 * What must change for ufw to be as OwnMeet wants it: the wanted ports it does not yet let in (for
 * IPv4, IPv6 or both), OwnMeet's own rules that are no longer wanted, the default policies, IPv6
 * filtering, ufw's logging of refused connections off (each line would name the sender's address), and
 * ufw being on. A port already open through a rule of the admin's counts as open; the
 * admin's rules are neither changed nor removed.
 */
record FirewallDiff(List<Addition> additions, List<Removal> removals, boolean ipv6On, String refuseIncoming,
                    String allowOutgoing, boolean loggingOff, boolean turnOn, boolean ipv6Reload) {

    record Addition(FirewallRule rule, boolean ipv4, boolean ipv6) {
    }

    /** One of OwnMeet's rules, named as it is in ufw (its comment may be an older OwnMeet's wording). */
    record Removal(String spec, String comment) {
    }

    static FirewallDiff between(UfwState state, List<FirewallRule> wanted) {
        // with IPv6 off, ufw keeps no IPv6 rules: once it is on, each wanted port needs its IPv6 rule
        List<Addition> additions = new ArrayList<>();
        for (FirewallRule rule : wanted) {
            boolean ipv4 = !state.opens(rule, false);
            boolean ipv6 = !state.opens(rule, true);
            if (ipv4 || ipv6) {
                additions.add(new Addition(rule, ipv4, ipv6));
            }
        }
        Map<String, Removal> removals = new LinkedHashMap<>();
        for (UfwRule rule : state.ownMeetsRules()) {
            boolean stillWanted = wanted.stream().anyMatch(w -> w.spec().equals(rule.spec()));
            if (rule.isSimple() && !stillWanted) {
                removals.putIfAbsent(rule.spec() + " " + rule.comment(), new Removal(rule.spec(), rule.comment()));
            }
        }
        UfwSettings settings = state.settings();
        boolean ipv6On = !settings.ipv6();
        return new FirewallDiff(additions, List.copyOf(removals.values()), ipv6On,
                settings.refusesIncoming() ? null : settings.incoming(), settings.allowsOutgoing() ? null : settings.outgoing(),
                settings.logsRefused(), !state.isActive(), ipv6On && state.isActive());
    }

    boolean isEmpty() {
        return additions.isEmpty() && removals.isEmpty() && !ipv6On && refuseIncoming == null && allowOutgoing == null && !loggingOff
                && !turnOn;
    }

    /**
     * The ufw commands, in an order that never closes SSH on the way: ports opened first, defaults and
     * ufw on last. IPv6 filtering (the setting is written before these run) takes a reload of a running
     * ufw before any IPv6 rule can be added.
     */
    String commands() {
        StringBuilder script = new StringBuilder(ipv6Reload ? "ufw reload\n" : "");
        for (Addition addition : additions) {
            FirewallRule rule = addition.rule();
            String comment = " comment " + ShellQuote.quote(rule.comment());
            if (addition.ipv4() && addition.ipv6()) {
                script.append("ufw allow ").append(rule.spec()).append(comment).append('\n');
            } else {
                script.append("ufw allow proto ").append(rule.protocol()).append(" from ").append(addition.ipv4() ? "0.0.0.0/0" : "::/0")
                        .append(" to any port ").append(rule.port()).append(comment).append('\n');
            }
        }
        for (Removal removal : removals) {
            script.append("ufw delete allow ").append(removal.spec()).append(" comment ").append(ShellQuote.quote(removal.comment()))
                    .append('\n');
        }
        if (refuseIncoming != null) {
            script.append("ufw default deny incoming\n");
        }
        if (allowOutgoing != null) {
            script.append("ufw default allow outgoing\n");
        }
        if (loggingOff) {
            script.append("ufw logging off\n");
        }
        if (turnOn) {
            script.append("ufw --force enable\n");
        }
        return script.toString();
    }

    /** One line per change, in plain words. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Addition addition : additions) {
            lines.add("let in " + addition.rule() + (addition.ipv4() && addition.ipv6() ? ""
                    : addition.ipv4() ? ", for IPv4 (IPv6 is already let in)" : ", for IPv6 (IPv4 is already let in)"));
        }
        for (Removal removal : removals) {
            lines.add("close " + removal.spec() + " (the rule \"" + removal.comment() + "\", no longer asked for)");
        }
        if (ipv6On) {
            lines.add("filter IPv6 as well (ufw filters only IPv4 now)");
        }
        if (refuseIncoming != null) {
            lines.add("refuse incoming connections that no rule lets in (now: " + refuseIncoming.toLowerCase(Locale.ROOT) + ")");
        }
        if (allowOutgoing != null) {
            lines.add("allow outgoing connections (now: " + allowOutgoing.toLowerCase(Locale.ROOT) + ")");
        }
        if (loggingOff) {
            lines.add("stop logging refused connections (each log line would name the sender's address)");
        }
        if (turnOn) {
            lines.add("turn the firewall on");
        }
        return lines;
    }
}
