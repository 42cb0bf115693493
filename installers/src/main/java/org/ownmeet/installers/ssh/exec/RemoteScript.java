package org.ownmeet.installers.ssh.exec;

import java.time.Duration;

/**
 * A bash script to run on the server, sent through stdin (never on a command line). It runs with
 * {@code set -euo pipefail}, as root ({@link #asRoot}) or as the login user ({@link #asUser}), within
 * a time limit that ends every process it started. A {@link #quiet()} script's output is kept for
 * the caller but not shown as events (file contents, for instance).
 *
 * <p>{@link #withData data} follows the script on stdin, for its commands to read (e.g. with
 * {@code head -c N}). bash reads a script from a pipe one byte at a time, so bulk data belongs
 * there rather than in the script's text.
 *
 * <p>A script is ended when the user cancels ({@link ScriptRunner#cancelRunning()}) unless it is
 * {@link #runToTheEnd()}: a short script that must not stop half-way (writing a step's files, putting
 * them back).
 */
public record RemoteScript(String label, String body, boolean root, Duration timeout, boolean silent, byte[] data,
                           boolean cancellable) {

    public static RemoteScript asRoot(String label, String body) {
        return new RemoteScript(label, body, true, null, false, null, true);
    }

    public static RemoteScript asUser(String label, String body) {
        return new RemoteScript(label, body, false, null, false, null, true);
    }

    public RemoteScript withTimeout(Duration limit) {
        return new RemoteScript(label, body, root, limit, silent, data, cancellable);
    }

    /** Output kept for the caller, not shown as events. */
    public RemoteScript quiet() {
        return new RemoteScript(label, body, root, timeout, true, data, cancellable);
    }

    public RemoteScript withData(byte[] bytes) {
        return new RemoteScript(label, body, root, timeout, silent, bytes, cancellable);
    }

    /** Not ended by a cancel: it finishes (within its time limit), and the caller stops after it. */
    public RemoteScript runToTheEnd() {
        return new RemoteScript(label, body, root, timeout, silent, data, false);
    }
}
