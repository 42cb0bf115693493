package org.ownmeet.installers.verify;

import java.io.IOException;

import org.ownmeet.installers.web.ConnectionFailure;
import org.ownmeet.installers.web.HttpResponse;
import org.ownmeet.installers.web.HttpsConnection;
import org.ownmeet.installers.web.VerifiedTls;

/** Check 1: {@code https://<domain>/} answers, over TLS with a certificate valid for the domain under the given trust. */
final class HttpsCheck {
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
            return new Outcome(CheckResult.passed(CheckId.HTTPS), null);
        } catch (IOException e) {
            ConnectionFailure failure = ConnectionFailure.of(e, tls);
            return new Outcome(CheckResult.failed(CheckId.HTTPS, failure.userMessage(), failure.detail()), failure);
        }
    }
}
