package org.ownmeet.installers.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.ownmeet.installers.web.WebTimeouts;

/**
 * No login without encryption: on the XMPP client port (5222, which desktop apps use) the main and
 * guest hosts offer no way of logging in before STARTTLS, so a client that skips it cannot send a
 * password in clear. Read from outside with a plain socket, as such a client would. A port closed
 * to this computer (desktop apps not let in by the firewall) passes: then logins only go over HTTPS.
 */
final class NoLoginWithoutTlsCheck {
    static final int CLIENT_PORT = 5222;
    private static final int MOST = 65536;

    private NoLoginWithoutTlsCheck() {
    }

    static CheckResult run(VerifyTarget target, WebTimeouts timeouts) {
        String address = target.connectAddress().orElse(target.domain());
        List<String> details = new ArrayList<>();
        for (String host : List.of(target.domain(), target.guestDomain())) {
            String features;
            try {
                features = featuresBeforeTls(address, host, timeouts);
            } catch (ConnectException | NoRouteToHostException | SocketTimeoutException closed) {
                if (details.isEmpty()) {
                    return CheckResult.passed(CheckId.NO_LOGIN_WITHOUT_TLS, "port " + CLIENT_PORT + " of " + address
                            + " does not accept connections from here (" + closed.getClass().getSimpleName() + "), so "
                            + "logins only go over HTTPS");
                }
                return couldNotCheck(host, closed);
            } catch (IOException e) {
                return couldNotCheck(host, e);
            }
            if (features.contains("<mechanisms")) {
                return CheckResult.failed(CheckId.NO_LOGIN_WITHOUT_TLS, host + " offers logging in on port " + CLIENT_PORT
                        + " before the connection is encrypted, so a desktop app that skips encryption would send "
                        + "passwords in clear. Prosody's c2s_require_encryption must be true there.",
                        host + " on " + address + ":" + CLIENT_PORT + " offered SASL before STARTTLS: " + features);
            }
            details.add(host + ": no login offered before STARTTLS" + (features.contains("<required") ? " (STARTTLS required)" : ""));
        }
        return CheckResult.passed(CheckId.NO_LOGIN_WITHOUT_TLS, String.join("; ", details));
    }

    /** The stream features {@code host} offers on an unencrypted connection. */
    static String featuresBeforeTls(String address, String host, WebTimeouts timeouts) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, CLIENT_PORT), (int) timeouts.connect().toMillis());
            socket.setSoTimeout((int) timeouts.read().toMillis());
            socket.getOutputStream().write(("<?xml version='1.0'?><stream:stream to='" + xml(host) + "' version='1.0' "
                    + "xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            String text = "";
            int n;
            while (!text.contains("</stream:features>") && !text.contains("</stream:stream>") && read.size() < MOST
                    && (n = in.read(buffer)) > 0) {
                read.write(buffer, 0, n);
                text = read.toString(StandardCharsets.UTF_8);
            }
            int start = text.indexOf("<stream:features");
            return start < 0 ? text : text.substring(start);
        }
    }

    private static CheckResult couldNotCheck(String host, IOException e) {
        return CheckResult.failed(CheckId.NO_LOGIN_WITHOUT_TLS, "OwnMeet could not find out whether " + host + " accepts "
                + "logins without encryption.", host + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;");
    }
}
