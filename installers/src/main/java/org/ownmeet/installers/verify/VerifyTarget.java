package org.ownmeet.installers.verify;

import java.util.Objects;
import java.util.Optional;

import org.ownmeet.installers.web.HttpsServer;
import org.ownmeet.installers.web.ServerTrust;

/**
 * The meeting server to verify: its domain (XMPP domain, certificate name, HTTP Host), where to
 * connect if not where the domain resolves, and which certificate to trust.
 */
public record VerifyTarget(String domain, Optional<String> connectAddress, ServerTrust trust) {
    public VerifyTarget {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(connectAddress, "connectAddress");
        Objects.requireNonNull(trust, "trust");
    }

    public static VerifyTarget of(String domain, ServerTrust trust) {
        return new VerifyTarget(domain, Optional.empty(), trust);
    }

    public VerifyTarget connectingTo(String address) {
        return new VerifyTarget(domain, Optional.of(address), trust);
    }

    /** The virtual host guests log in to without an account. */
    public String guestDomain() {
        return "guest." + domain;
    }

    public HttpsServer server() {
        return new HttpsServer(domain, connectAddress, HttpsServer.HTTPS_PORT, trust);
    }
}
