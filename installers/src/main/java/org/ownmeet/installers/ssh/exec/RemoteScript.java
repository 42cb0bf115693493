package org.ownmeet.installers.ssh.exec;

import java.time.Duration;

/**
 * A bash script to run on the server, sent through stdin (never on a command line). It runs with
 * {@code set -euo pipefail}, as root ({@link #asRoot}) or as the login user ({@link #asUser}), within
 * a time limit that ends every process it started. A {@link #quiet()} script's output is kept for
 * the caller but not shown as events (file contents, for instance).
 */
public record RemoteScript(String label, String body, boolean root, Duration timeout, boolean silent) {

    public static RemoteScript asRoot(String label, String body) {
        return new RemoteScript(label, body, true, null, false);
    }

    public static RemoteScript asUser(String label, String body) {
        return new RemoteScript(label, body, false, null, false);
    }

    public RemoteScript withTimeout(Duration limit) {
        return new RemoteScript(label, body, root, limit, silent);
    }

    /** Output kept for the caller, not shown as events. */
    public RemoteScript quiet() {
        return new RemoteScript(label, body, root, timeout, true);
    }
}
