package org.ownmeet.installers.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpsConnectionTest {
    @TempDir
    Path dir;

    @Test
    void readsChunkedAndSizedAnswersOnOneKeptAliveConnection() throws Exception {
        try (LocalTlsServer local = LocalTlsServer.start(dir, (in, out) -> {
            readRequest(in);
            write(out, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<body\r\n3;x=y\r\n/>\n\r\n0\r\n\r\n");
            readRequest(in);
            write(out, "HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\nConnection: close\r\n\r\nnope");
        }); HttpsConnection connection = HttpsConnection.open(new VerifiedTls(local.server(), WebTimeouts.DEFAULT))) {
            HttpResponse first = connection.post("/http-bind", "text/xml", "<body/>".getBytes(StandardCharsets.UTF_8));
            assertEquals(200, first.status());
            assertEquals("<body/>\n", first.bodyText());
            assertTrue(connection.isReusable());

            HttpResponse second = connection.get("/");
            assertEquals(404, second.status());
            assertEquals("nope", second.bodyText());
            assertEquals(false, connection.isReusable());
        }
    }

    @Test
    void aServerThatAcceptsButNeverAnswersFailsAfterTheReadTimeout() throws Exception {
        try (LocalTlsServer local = LocalTlsServer.start(dir, (in, out) -> sleep(Duration.ofSeconds(5)))) {
            VerifiedTls tls = new VerifiedTls(local.server(), new WebTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)));
            long start = System.nanoTime();

            IOException failure = assertThrows(IOException.class, () -> HttpsConnection.open(tls).get("/"));

            assertTrue(failure instanceof SocketTimeoutException, failure.toString());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(3)) < 0);
            ConnectionFailure described = ConnectionFailure.of(failure, tls);
            assertEquals(ConnectionFailure.Kind.NO_ANSWER, described.kind());
            assertEquals("The server did not answer within 1 second. Check that it is switched on and that no firewall "
                    + "blocks port " + local.server().port() + ".", described.userMessage());
        }
    }

    @Test
    void theCertificateMustBeMadeOutForTheDomainEvenWhenPinned() throws Exception {
        try (LocalTlsServer local = LocalTlsServer.start(dir, (in, out) -> readRequest(in))) {
            HttpsServer elsewhere = new HttpsServer("meet.elsewhere.test", local.server().connectAddress(),
                    local.server().port(), local.server().trust());
            VerifiedTls tls = new VerifiedTls(elsewhere, WebTimeouts.DEFAULT);

            IOException failure = assertThrows(IOException.class, tls::open);

            assertEquals(ConnectionFailure.Kind.CERTIFICATE_WRONG_NAME, ConnectionFailure.of(failure, tls).kind());
        }
    }

    @Test
    void aPinnedCertificateMustBePem() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> ServerTrust.pinned("hello"));
        assertTrue(failure.getMessage().startsWith("not an X.509 certificate in PEM form"), failure.getMessage());
    }

    private static void readRequest(InputStream in) {
        try {
            int matched = 0;
            byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            while (matched < end.length) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("client went away");
                }
                matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
            }
            // the POST's body: the tests send at most one small one, which the server does not need to read
            if (in.available() > 0) {
                in.readNBytes(in.available());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
