package org.ownmeet.installers.firewall;

import java.util.Optional;

import org.ownmeet.installers.engine.Probe;

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

    /** Sets {@code ufw_init} to ufw's own start and stop script (where it is differs between releases), or to nothing. */
    static final String FIND_UFW_INIT = """
            ufw_init=
            for f in /usr/lib/ufw/ufw-init /lib/ufw/ufw-init; do if [ -x "$f" ]; then ufw_init=$f; break; fi; done
            """;

    static final Probe PROBE = new Probe("firewall", FIND_UFW_INIT + """
            echo "package $(dpkg-query -W -f='${db:Status-Status}' ufw 2>/dev/null || echo not-installed)"
            if [ -n "$ufw_init" ] && "$ufw_init" status >/dev/null 2>&1; then echo "running yes"; else echo "running no"; fi
            if [ -d %1$s ]; then echo "undo-pending $(cat %2$s 2>/dev/null || echo no)"; fi
            pid=$$
            while [ "${pid:-0}" -gt 1 ]; do
              conn=$(tr '\\0' '\\n' < /proc/$pid/environ 2>/dev/null | sed -n 's/^SSH_CONNECTION=//p' | head -n 1 || true)
              if [ -n "$conn" ]; then echo "ssh-connection $conn"; break; fi
              pid=$(awk '/^PPid:/ {print $2}' /proc/$pid/status 2>/dev/null || echo 0)
            done
            """.formatted(UndoTimer.SAVED, UndoTimer.WAS_RUNNING));

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
