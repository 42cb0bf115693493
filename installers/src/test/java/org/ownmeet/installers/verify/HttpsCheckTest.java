package org.ownmeet.installers.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.web.LocalTlsServer;
import org.ownmeet.installers.web.VerifiedTls;
import org.ownmeet.installers.web.WebTimeouts;

/** The HTTPS check says how the certificate was trusted, and fails a pinned certificate that has expired. */
class HttpsCheckTest {
    @TempDir
    Path dir;

    @Test
    void aPinnedCertificatePassesAndTheDetailSaysItWasPinned() throws Exception {
        try (LocalTlsServer local = LocalTlsServer.start(dir, HttpsCheckTest::ok)) {
            HttpsCheck.Outcome outcome = HttpsCheck.run(new VerifiedTls(local.server(), WebTimeouts.DEFAULT));

            assertTrue(outcome.result().passed(), outcome.result().toString());
            assertNull(outcome.connectionFailure());
            assertTrue(outcome.result().detail().startsWith("trusted because it is the pinned certificate CN="
                    + LocalTlsServer.DOMAIN), outcome.result().detail());
            assertTrue(outcome.result().detail().contains("not vouched for by a certificate authority"), outcome.result().detail());
        }
    }

    /** The pinned certificate is the TLS check's own trust anchor, whose dates the JDK does not look at. */
    @Test
    void anExpiredPinnedCertificateFails() throws Exception {
        try (LocalTlsServer local = LocalTlsServer.start(dir, HttpsCheckTest::ok, "-10d")) {
            CheckResult https = HttpsCheck.run(new VerifiedTls(local.server(), WebTimeouts.DEFAULT)).result();

            assertFalse(https.passed());
            assertTrue(https.reason().startsWith("The server's certificate expired on "), https.reason());
        }
    }

    private static void ok(InputStream in, OutputStream out) {
        try {
            byte[] buffer = new byte[4096];
            String request = "";
            int n;
            while (!request.contains("\r\n\r\n") && (n = in.read(buffer)) > 0) {
                request += new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
            }
            if (!request.isEmpty()) {
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
