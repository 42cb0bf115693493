package org.ownmeet.installers.firewall;

import java.util.Optional;

import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * What the firewall installer asks the server besides ufw's files: whether ufw is installed and its
 * rules are loaded, whether a change still waits for its confirmation (the undo timer is armed), and
 * the server's own port of the SSH connection OwnMeet came in on ({@code SSH_CONNECTION} of the login
 * that started the probe, read from the process that sudo was started by). That port is what sshd
 * really listens on, even when the address the user connects to is forwarded from another port, or
 * systemd holds the listening socket.
 */
record FirewallProbe(boolean installed, boolean running, boolean undoPending, boolean undoRestoresRunning,
                     Optional<Integer> connectionPort) {

    static final Probe PROBE = new Probe("firewall", UfwInit.FIND + ScriptResource.of(FirewallProbe.class, "firewall-probe.sh")
            .with("SAVED", UndoTimer.SAVED).with("WAS_RUNNING", UndoTimer.WAS_RUNNING).text());

    static FirewallProbe parse(String answer) {
        boolean installed = false;
        boolean running = false;
        boolean pending = false;
        boolean restoresRunning = false;
        Optional<Integer> port = Optional.empty();
        for (String line : answer.split("\n")) {
            String[] f = line.strip().split("\\s+");
            switch (f[0]) {
                case "package" -> installed = f.length > 1 && f[1].equals("installed");
                case "running" -> running = f.length > 1 && f[1].equals("yes");
                case "undo-pending" -> {
                    pending = true;
                    restoresRunning = f.length > 1 && f[1].equals("yes");
                }
                case "ssh-connection" -> port = f.length == 5 && f[4].matches("\\d{1,5}") ? Optional.of(Integer.parseInt(f[4]))
                        : Optional.empty();
                default -> {
                }
            }
        }
        return new FirewallProbe(installed, running, pending, restoresRunning, port.filter(p -> p >= 1 && p <= 65535));
    }
}
