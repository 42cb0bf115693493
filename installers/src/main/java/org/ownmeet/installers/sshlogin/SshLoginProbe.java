package org.ownmeet.installers.sshlogin;

import org.ownmeet.installers.engine.Probe;

/**
 * How the login OwnMeet came in on was made (sshd's own log line for this connection, found by the
 * client address and port of {@code SSH_CONNECTION}, read from the process sudo was started by), and
 * whether a change to the logins still waits for its confirmation.
 *
 * @param method sshd's name for it: {@code publickey}, {@code password}, {@code keyboard-interactive}; empty if unknown
 */
record SshLoginProbe(String method, boolean undoPending) {

    static final Probe PROBE = new Probe("ssh-login", """
            pid=$$; conn=
            while [ "${pid:-0}" -gt 1 ]; do
              conn=$(tr '\\0' '\\n' < /proc/$pid/environ 2>/dev/null | sed -n 's/^SSH_CONNECTION=//p' | head -n 1 || true)
              [ -n "$conn" ] && break
              pid=$(awk '/^PPid:/ {print $2}' /proc/$pid/status 2>/dev/null || echo 0)
            done
            set -- $conn
            if [ -n "${2:-}" ]; then
              { journalctl -q --no-pager -o cat -t sshd -n 20000 2>/dev/null; cat /var/log/auth.log 2>/dev/null; } \\
                | grep -F " from $1 port $2 " | sed -n 's/.*Accepted \\([a-z-]*\\) for .*/login \\1/p' | tail -n 1
            fi
            if [ -d %s ]; then echo undo-pending; fi
            """.formatted(PasswordLogins.TIMER.saved()));

    static SshLoginProbe parse(String answer) {
        String method = "";
        boolean pending = false;
        for (String line : answer.split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f[0].equals("login") && f.length == 2) {
                method = f[1];
            } else if (f[0].equals("undo-pending")) {
                pending = true;
            }
        }
        return new SshLoginProbe(method, pending);
    }

    boolean withKey() {
        return method.equals("publickey");
    }
}
