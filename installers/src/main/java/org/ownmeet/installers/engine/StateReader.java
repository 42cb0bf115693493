package org.ownmeet.installers.engine;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.files.RemoteFiles;

/**
 * Reads everything the installers asked for in one round trip: one script runs every probe and prints
 * every file. The engine reads with it, and so does an installer's {@code ServerCheck} that looks at
 * what its installer looks at.
 */
public final class StateReader {
    private StateReader() {
    }

    public static ServerState read(SshSession session, StateRequest request) {
        StringBuilder script = new StringBuilder(RemoteFiles.readScript(request.files()));
        script.append("ownmeet_probe() { printf 'OWNMEET-PROBE %s ' \"$1\"; ( eval \"$2\" ) 2>&1 | base64 -w0; echo; }\n");
        for (Probe probe : request.probes()) {
            script.append("ownmeet_probe ").append(probe.id()).append(" '").append(probe.script().replace("'", "'\\''"))
                    .append("' || true\n");
        }
        List<String> out = session.run(RemoteScript.asRoot("read the server's state", script.toString()).quiet())
                .requireSuccess().stdout();
        Map<String, String> probes = new LinkedHashMap<>();
        for (String line : out) {
            if (line.startsWith("OWNMEET-PROBE ")) {
                String[] fields = line.split(" ", 3);
                String answer = fields.length < 3 ? "" : new String(Base64.getDecoder().decode(fields[2].strip()), StandardCharsets.UTF_8);
                probes.put(fields[1], answer);
            }
        }
        ServerState state = new ServerState(RemoteFiles.parseRead(request.files(), out), probes);
        ServerSecrets.learn(state);
        return state;
    }
}
