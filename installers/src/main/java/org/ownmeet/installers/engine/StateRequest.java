package org.ownmeet.installers.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What an installer needs to know about the server: files to read and probes to run. */
public record StateRequest(List<String> files, List<Probe> probes) {

    public static StateRequest of(List<String> files, List<Probe> probes) {
        return new StateRequest(List.copyOf(files), List.copyOf(probes));
    }

    /** All requests together, each file and probe once, so the engine reads everything in one round trip. */
    public static StateRequest merge(List<StateRequest> requests) {
        Set<String> files = new LinkedHashSet<>();
        List<Probe> probes = new ArrayList<>();
        Set<String> probeIds = new LinkedHashSet<>();
        for (StateRequest request : requests) {
            files.addAll(request.files());
            for (Probe probe : request.probes()) {
                if (probeIds.add(probe.id())) {
                    probes.add(probe);
                }
            }
        }
        return new StateRequest(List.copyOf(files), List.copyOf(probes));
    }
}
