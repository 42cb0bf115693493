package org.ownmeet.installers.session;

import org.ownmeet.installers.ssh.hostkey.HostKey;

/**
 * Whether to trust a server's key on first contact. The command line asks on the terminal (or
 * compares with --accept-host-key), the wizard shows a dialog; either way it is called on the
 * thread that connects, and a key it trusts is pinned before the real login.
 */
@FunctionalInterface
public interface HostKeyDecision {
    /** Trusts nothing: first contact stops with the fingerprint to confirm. */
    HostKeyDecision REFUSE = (server, offered) -> false;

    /**
     * @param server  the address as the user gave it ({@code host} or {@code host:port})
     * @param offered the key the server showed, type and SHA-256 fingerprint as ssh prints them
     */
    boolean trust(String server, HostKey offered);

    /** Trusts exactly the key with this fingerprint ({@code SHA256:...}), as ssh prints it. */
    static HostKeyDecision fingerprint(String expected) {
        return (server, offered) -> offered.fingerprint().equals(expected.strip());
    }
}
