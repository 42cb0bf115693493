package org.ownmeet.installers.verify;

import org.ownmeet.installers.ssh.SshSession;

/**
 * A check an installer adds to the verifier: made on the server itself over SSH (and from outside
 * where it needs to), around the checks from outside, so it can look at what they left behind
 * (log lines written while a host logged in, say).
 */
public interface ServerCheck {

    CheckId id();

    /** Runs before the checks from outside, e.g. to note where each log ends. */
    default void before(SshSession session) {
    }

    /** Runs after the checks from outside. */
    CheckResult after(SshSession session, VerifyTarget target);
}
