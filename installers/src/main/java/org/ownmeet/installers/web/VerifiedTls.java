package org.ownmeet.installers.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Opens TLS connections to the meeting server: the TCP connection goes to the connect address (or
 * the domain's), while the TLS server name, the certificate's name check (endpoint identification
 * "HTTPS", done by the JDK during the handshake) and the trust all use the domain.
 */
public final class VerifiedTls {
    private final HttpsServer server;
    private final WebTimeouts timeouts;
    private final SSLContext context;

    public VerifiedTls(HttpsServer server, WebTimeouts timeouts) {
        this.server = server;
        this.timeouts = timeouts;
        this.context = server.trust().sslContext();
    }

    public HttpsServer server() {
        return server;
    }

    public WebTimeouts timeouts() {
        return timeouts;
    }

    /** A connected socket whose handshake has completed and whose certificate is valid for the domain. */
    public SSLSocket open() throws IOException {
        InetAddress address = InetAddress.getByName(server.connectAddress().orElse(server.domain()));
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(address, server.port()), (int) timeouts.connect().toMillis());
            plain.setTcpNoDelay(true);
            plain.setSoTimeout((int) timeouts.read().toMillis());
            SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, server.domain(), server.port(), true);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            parameters.setServerNames(List.of(new SNIHostName(server.domain())));
            tls.setSSLParameters(parameters);
            tls.startHandshake();
            return tls;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }
}
