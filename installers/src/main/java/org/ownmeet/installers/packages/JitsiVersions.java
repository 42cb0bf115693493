package org.ownmeet.installers.packages;

import java.util.ArrayList;
import java.util.List;

import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.ssh.exec.ScriptResource;
import org.ownmeet.installers.engine.StateReader;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.ssh.SshSession;

/**
 * The Jitsi packages for which the package lists offer a newer version than the one installed, as the
 * server's lists are (its daily timer refreshes them).
 */
public record JitsiVersions(List<Newer> newer) {
    static final Probe PROBE = new Probe("jitsi-newer", ScriptResource.of(JitsiVersions.class, "jitsi-newer.sh")
            .withList("PACKAGES", JitsiUpgradeInstaller.PACKAGES).text());

    public JitsiVersions {
        newer = List.copyOf(newer);
    }

    /** As the server's lists are now, in one round trip (what the plan's notice names). */
    public static JitsiVersions read(SshSession session) {
        return parse(StateReader.read(session, StateRequest.of(List.of(), List.of(PROBE))).probe(PROBE.id()));
    }

    /** One package: what is installed and what the lists offer. */
    public record Newer(String name, String installed, String candidate) {
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

    public boolean isEmpty() {
        return newer.isEmpty();
    }

    List<String> names() {
        return newer.stream().map(Newer::name).toList();
    }

    public String lines() {
        return String.join("; ", newer.stream().map(Newer::toString).toList());
    }
}
