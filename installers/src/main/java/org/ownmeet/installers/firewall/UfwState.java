package org.ownmeet.installers.firewall;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.ownmeet.installers.ssh.files.FileSnapshot;

/** ufw as it is: its settings, its rules for IPv4 and IPv6, and whether its rules are loaded in the kernel. */
record UfwState(UfwSettings settings, boolean running, List<UfwRule> rules4, List<UfwRule> rules6, String defaultsFile) {
    static final String RULES4 = "/etc/ufw/user.rules";
    static final String RULES6 = "/etc/ufw/user6.rules";
    /** The files that hold all of it; the undo timer saves and restores exactly these. */
    static final List<String> FILES = List.of(RULES4, RULES6, UfwSettings.CONF, UfwSettings.DEFAULTS);

    UfwState {
        rules4 = List.copyOf(rules4);
        rules6 = List.copyOf(rules6);
    }

    /** From ufw's {@link #FILES}, looked up by their path (under {@code root}, for a saved copy). */
    static UfwState read(Function<String, FileSnapshot> files, String root, boolean running) {
        return new UfwState(UfwSettings.parse(text(files, root + UfwSettings.CONF), text(files, root + UfwSettings.DEFAULTS)),
                running, UfwRule.parseAll(text(files, root + RULES4)), UfwRule.parseAll(text(files, root + RULES6)),
                text(files, root + UfwSettings.DEFAULTS));
    }

    /** On and loaded: what {@code ufw status} calls active. */
    boolean isActive() {
        return settings.enabled() && running;
    }

    boolean opens(FirewallRule rule, boolean ipv6) {
        return (ipv6 ? rules6 : rules4).stream().anyMatch(r -> r.opens(rule));
    }

    List<UfwRule> allRules() {
        return Stream.concat(rules4.stream(), rules6.stream()).toList();
    }

    List<UfwRule> ownMeetsRules() {
        return allRules().stream().filter(UfwRule::isOwnMeets).toList();
    }

    private static String text(Function<String, FileSnapshot> files, String path) {
        FileSnapshot file = files.apply(path);
        return file != null && file.exists() ? file.text() : null;
    }
}
