package org.ownmeet.installers.sshlogin;

import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * How the login OwnMeet came in on was made (sshd's own log line for this connection, found by the
 * client address and port of {@code SSH_CONNECTION}, read from the process sudo was started by), and
 * whether a change to the logins still waits for its confirmation.
 *
 * @param method sshd's name for it: {@code publickey}, {@code password}, {@code keyboard-interactive}; empty if unknown
 */
record SshLoginProbe(String method, boolean undoPending) {

    static final Probe PROBE = new Probe("ssh-login", ScriptResource.of(SshLoginProbe.class, "ssh-login-probe.sh")
            .with("SAVED", PasswordLogins.TIMER.saved()).text());

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
