package org.ownmeet.installers.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.RunResult;

/**
 * Restarts the services whose configuration changed: Prosody first (the components log in to it),
 * then the others together; checks each is running afterwards; all in one round trip.
 */
final class ServiceRestarts {
    private static final List<String> ORDER = List.of("prosody", "jicofo", "jitsi-videobridge2", "coturn", "nginx");

    List<String> restart(SshSession session, Collection<String> services, EngineListener listener) {
        List<String> ordered = new ArrayList<>();
        ORDER.stream().filter(services::contains).forEach(ordered::add);
        services.stream().filter(s -> !ORDER.contains(s)).forEach(ordered::add);
        if (ordered.isEmpty()) {
            return List.of();
        }
        StringBuilder script = new StringBuilder("systemctl daemon-reload\n");
        List<String> rest = new ArrayList<>(ordered);
        if (rest.remove("prosody")) {
            script.append("systemctl restart prosody || true\n")
                    // systemctl returns before Prosody listens; the components and the verifier need it listening
                    .append("for i in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/5280) 2>/dev/null && break; sleep 0.2; done\n");
        }
        if (!rest.isEmpty()) {
            // the components do not depend on each other: systemd restarts them side by side
            script.append("systemctl restart ").append(String.join(" ", rest)).append(" || true\n");
        }
        for (String service : ordered) {
            script.append("if systemctl is-active --quiet ").append(service).append("; then echo \"OWNMEET-RESTARTED ")
                    .append(service).append("\"; else echo \"OWNMEET-FAILED ").append(service).append(" $(systemctl is-active ")
                    .append(service).append(")\"; fi\n");
        }
        RunResult result = session.run(RemoteScript.asRoot("restart " + String.join(", ", ordered), script.toString()).quiet())
                .requireSuccess();
        List<String> restarted = new ArrayList<>();
        for (String line : result.stdout()) {
            String[] fields = line.split(" ", 3);
            if (fields[0].equals("OWNMEET-RESTARTED")) {
                restarted.add(fields[1]);
                listener.on(new EngineEvent.Restarted(fields[1]));
            } else if (fields[0].equals("OWNMEET-FAILED")) {
                throw new RestartFailedProblem(fields[1], fields.length > 2 ? fields[2] : "unknown");
            }
        }
        return restarted;
    }
}
