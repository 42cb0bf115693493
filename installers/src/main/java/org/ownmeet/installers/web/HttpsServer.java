package org.ownmeet.installers.web;

import java.util.Objects;
import java.util.Optional;

/**
 * The meeting server as this machine reaches it over HTTPS. The domain is what the certificate
 * must be valid for, the TLS server name and the HTTP Host; {@code connectAddress}, when present,
 * is where to connect instead of looking the domain up (before DNS points at the server, or in tests).
 */
public record HttpsServer(String domain, Optional<String> connectAddress, int port, ServerTrust trust) {
    public static final int HTTPS_PORT = 443;

    public HttpsServer {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(connectAddress, "connectAddress");
        Objects.requireNonNull(trust, "trust");
        if (domain.isBlank()) {
            throw new IllegalArgumentException("the domain is empty");
        }
    }

    public static HttpsServer of(String domain, ServerTrust trust) {
        return new HttpsServer(domain, Optional.empty(), HTTPS_PORT, trust);
    }

    public HttpsServer connectingTo(String address) {
        return new HttpsServer(domain, Optional.of(address), port, trust);
    }

    /** For messages: {@code https://domain} and, if it differs, where it was reached. */
    public String describe() {
        String url = "https://" + domain + (port == HTTPS_PORT ? "" : ":" + port);
        return connectAddress.map(address -> url + " (at " + address + ")").orElse(url);
    }
}
