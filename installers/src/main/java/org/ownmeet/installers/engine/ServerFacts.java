package org.ownmeet.installers.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * What several installers need to know about the machine itself: its processor cores and memory
 * (tuning, requirements), its own global addresses (the certificate check of DNS, the videobridge)
 * and the ports its SSH server listens on (the firewall must keep them open). One probe, asked by
 * each installer that needs it and run once per read.
 */
public record ServerFacts(int cores, long memoryMegabytes, List<String> addresses, Set<Integer> sshPorts) {

    public static final Probe PROBE = new Probe("server-facts",
            ScriptResource.text(ServerFacts.class, "server-facts.sh"));

    public ServerFacts {
        addresses = List.copyOf(addresses);
        sshPorts = Set.copyOf(sshPorts);
    }

    public static ServerFacts of(ServerState state) {
        return parse(state.probe(PROBE.id()));
    }

    /** Reads what {@link #PROBE} printed, for a caller that runs the probe's script in a script of its own. */
    public static ServerFacts parse(String answer) {
        int cores = 0;
        long memoryKb = 0;
        List<String> addresses = new ArrayList<>();
        Set<Integer> sshPorts = new TreeSet<>();
        for (String line : answer.split("\n")) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length != 2) {
                continue;
            }
            try {
                switch (fields[0]) {
                    case "cores" -> cores = Integer.parseInt(fields[1]);
                    case "memory-kb" -> memoryKb = Long.parseLong(fields[1]);
                    case "address" -> {
                        if (!addresses.contains(fields[1])) {
                            addresses.add(fields[1]);
                        }
                    }
                    case "ssh-port" -> sshPorts.add(Integer.parseInt(fields[1]));
                    default -> {
                    }
                }
            } catch (NumberFormatException e) {
                // a line the tools printed differently is left out rather than guessed at
            }
        }
        return new ServerFacts(cores, memoryKb / 1024, addresses, sshPorts);
    }
}
