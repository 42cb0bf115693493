package org.ownmeet.installers.verify;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.net.ssl.SSLSocket;

import org.ownmeet.installers.web.ConnectionFailure;
import org.ownmeet.installers.web.HttpResponse;
import org.ownmeet.installers.web.HttpsConnection;
import org.ownmeet.installers.web.VerifiedTls;

/**
 * Check 1: {@code https://<domain>/} answers, over TLS with a certificate valid for the domain under the
 * given trust, and within its dates (a pinned certificate is the TLS check's own anchor, whose dates the
 * JDK does not check). The detail says how the certificate was trusted: by the computer's authorities,
 * or because it is the one pinned (read over the verified SSH connection: a self-signed trial).
 */
final class HttpsCheck {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    /** {@code connectionFailure}: why no TLS connection could be made, or null if one could. */
    record Outcome(CheckResult result, ConnectionFailure connectionFailure) {
    }

    private HttpsCheck() {
    }

    static Outcome run(VerifiedTls tls) {
        String url = tls.server().describe() + "/";
        try (HttpsConnection connection = HttpsConnection.open(tls)) {
            HttpResponse response = connection.get("/");
            if (response.status() >= 400) {
                return new Outcome(CheckResult.failed(CheckId.HTTPS, "The server answers securely, but its web page "
                        + "answered with an error (HTTP status " + response.status() + "), so meetings cannot be opened in "
                        + "a browser.", "GET " + url + " answered HTTP " + response.status()), null);
            }
            return new Outcome(dates(tls, served(tls)), null);
        } catch (IOException e) {
            ConnectionFailure failure = ConnectionFailure.of(e, tls);
            return new Outcome(CheckResult.failed(CheckId.HTTPS, failure.userMessage(), failure.detail()), failure);
        }
    }

    private static X509Certificate served(VerifiedTls tls) throws IOException {
        try (SSLSocket socket = tls.open()) {
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    private static CheckResult dates(VerifiedTls tls, X509Certificate served) {
        Instant now = Instant.now();
        String valid = "valid from " + DAY.format(served.getNotBefore().toInstant()) + " until "
                + DAY.format(served.getNotAfter().toInstant());
        if (served.getNotAfter().toInstant().isBefore(now)) {
            return CheckResult.failed(CheckId.HTTPS, "The server's certificate expired on "
                    + DAY.format(served.getNotAfter().toInstant()) + ", so browsers refuse or warn about the meeting "
                    + "address. Renew it, or run OwnMeet again to make a new one.", served.getSubjectX500Principal().getName()
                    + ", " + valid + ", trusted as " + tls.server().trust().describe());
        }
        if (served.getNotBefore().toInstant().isAfter(now)) {
            return CheckResult.failed(CheckId.HTTPS, "The server's certificate is not valid before "
                    + DAY.format(served.getNotBefore().toInstant()) + ". Check the server's clock and the certificate.",
                    served.getSubjectX500Principal().getName() + ", " + valid);
        }
        String how = tls.server().trust().isPinned()
                ? "trusted because it is " + tls.server().trust().describe() + ", read over the verified SSH connection "
                        + "(not vouched for by a certificate authority: browsers warn about it)"
                : "trusted by " + tls.server().trust().describe();
        return CheckResult.passed(CheckId.HTTPS, how + "; " + valid);
    }
}
