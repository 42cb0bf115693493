package org.ownmeet.installers.ssh.hostkey;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

import net.schmizz.sshj.transport.verification.HostKeyVerifier;

/**
 * Accepts exactly the keys pinned in {@link KnownHosts} for one host and port, nothing else. It
 * remembers what the server offered, so a refused connection can say whether the key was unknown
 * (first use: show the fingerprint) or changed (stop). There is no way to accept an unpinned key.
 */
public final class PinnedHostKeyVerifier implements HostKeyVerifier {
    public enum Outcome { NOT_YET_VERIFIED, MATCHED, UNKNOWN, CHANGED }

    private final KnownHosts knownHosts;
    private final String host;
    private final int port;
    private volatile Outcome outcome = Outcome.NOT_YET_VERIFIED;
    private volatile HostKey offered;
    private volatile List<HostKey> pinned = List.of();

    public PinnedHostKeyVerifier(KnownHosts knownHosts, String host, int port) {
        this.knownHosts = knownHosts;
        this.host = host;
        this.port = port;
    }

    @Override
    public boolean verify(String hostname, int port, PublicKey key) {
        offered = HostKey.of(key);
        pinned = knownHosts.pinned(host, this.port);
        if (pinned.isEmpty()) {
            outcome = Outcome.UNKNOWN;
        } else if (pinned.contains(offered)) {
            outcome = Outcome.MATCHED;
        } else {
            outcome = Outcome.CHANGED;
        }
        return outcome == Outcome.MATCHED;
    }

    /** Makes the server offer the pinned key's type, so a server with several keys is not taken for a changed one. */
    @Override
    public List<String> findExistingAlgorithms(String hostname, int port) {
        List<String> algorithms = new ArrayList<>();
        for (HostKey key : knownHosts.pinned(host, this.port)) {
            if (key.algorithm().equals("ssh-rsa")) {
                algorithms.addAll(List.of("rsa-sha2-512", "rsa-sha2-256"));
            }
            algorithms.add(key.algorithm());
        }
        return algorithms;
    }

    public Outcome outcome() {
        return outcome;
    }

    public HostKey offered() {
        return offered;
    }

    public List<HostKey> pinnedAtVerification() {
        return pinned;
    }
}
