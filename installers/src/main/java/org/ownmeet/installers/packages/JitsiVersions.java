package org.ownmeet.installers.packages;

import java.util.ArrayList;
import java.util.List;

import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * The Jitsi packages for which the package lists offer a newer version than the one installed, as the
 * server's lists are (its daily timer refreshes them).
 */
record JitsiVersions(List<Newer> newer) {
    static final Probe PROBE = new Probe("jitsi-newer", ScriptResource.of(JitsiVersions.class, "jitsi-newer.sh")
            .withList("PACKAGES", JitsiUpgradeInstaller.PACKAGES).text());

    JitsiVersions {
        newer = List.copyOf(newer);
    }

    /** One package: what is installed and what the lists offer. */
    record Newer(String name, String installed, String candidate) {
        @Override
        public String toString() {
            return name + " " + installed + " → " + candidate;
        }
    }

    static JitsiVersions parse(String answer) {
        List<Newer> newer = new ArrayList<>();
        for (String line : answer.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String[] parts = line.split("\\s+");
            if (parts.length == 3 && JitsiUpgradeInstaller.PACKAGES.contains(parts[0])) {
                newer.add(new Newer(parts[0], parts[1], parts[2]));
            }
        }
        return new JitsiVersions(newer);
    }

    boolean isEmpty() {
        return newer.isEmpty();
    }

    List<String> names() {
        return newer.stream().map(Newer::name).toList();
    }

    String lines() {
        return String.join("; ", newer.stream().map(Newer::toString).toList());
    }
}
