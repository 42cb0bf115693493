package org.ownmeet.installers.engine;

import java.util.Map;

import org.ownmeet.installers.ssh.files.FileSnapshot;

/** The server as read at one moment: the files and probe answers the installers asked for. */
public record ServerState(Map<String, FileSnapshot> files, Map<String, String> probes) {

    /** This state with what a follow-up read added. */
    ServerState with(ServerState more) {
        Map<String, FileSnapshot> allFiles = new java.util.LinkedHashMap<>(files);
        allFiles.putAll(more.files());
        Map<String, String> allProbes = new java.util.LinkedHashMap<>(probes);
        allProbes.putAll(more.probes());
        return new ServerState(allFiles, allProbes);
    }

    public FileSnapshot file(String path) {
        FileSnapshot file = files.get(path);
        if (file == null) {
            throw new IllegalStateException(path + " was not asked for; add it to the installer's needs");
        }
        return file;
    }

    public String probe(String id) {
        String answer = probes.get(id);
        if (answer == null) {
            throw new IllegalStateException("probe " + id + " was not asked for; add it to the installer's needs");
        }
        return answer;
    }
}
