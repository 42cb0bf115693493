package org.ownmeet.installers.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.password.problem.MeetingCertificateNotTrustedProblem;
import org.ownmeet.installers.password.problem.MeetingServerUnreachableProblem;
import org.ownmeet.installers.password.problem.NoMeetingServerProblem;
import org.ownmeet.installers.password.problem.WeakNewPasswordProblem;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.web.HttpsServer;
import org.ownmeet.installers.web.LocalTlsServer;
import org.ownmeet.installers.web.ServerTrust;
import org.ownmeet.installers.web.WebTimeouts;

/**
 * The change's failures that need no meeting server, each its own problem with nothing sent that should
 * not be; the change itself, a wrong current password and the old password refused afterwards are
 * tested against a real server (the wizard's test-bed test).
 */
class OwnPasswordChangeTest {
    private static final WebTimeouts QUICK = new WebTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3));
    @TempDir
    Path dir;

    @Test
    void aWeakNewPasswordIsRefusedBeforeAnythingIsSent() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (LocalTlsServer server = LocalTlsServer.start(dir, (in, out) -> connections.incrementAndGet());
             Secret current = Secret.of("Kx7-one-time-Pw9"); Secret weak = Secret.of("short-pw")) {
            WeakNewPasswordProblem problem = assertThrows(WeakNewPasswordProblem.class,
                    () -> new OwnPasswordChange(QUICK).change(server.server(), "alice", current, weak));
            assertEquals("password.too-short", problem.errors().get(0).code());
            assertEquals("weak-new-password", problem.code());
            assertEquals(0, connections.get());
        }
    }

    @Test
    void aServerThatRefusesConnectionsIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpsServer nowhere = new HttpsServer("meet.example.org", Optional.of("127.0.0.1"), closedPort, ServerTrust.system());
        try (Secret current = Secret.of("Kx7-one-time-Pw9"); Secret next = Secret.of("violet tractor honey lamp")) {
            MeetingServerUnreachableProblem problem = assertThrows(MeetingServerUnreachableProblem.class,
                    () -> new OwnPasswordChange(QUICK).change(nowhere, "alice", current, next));
            assertEquals("OwnMeet cannot reach meet.example.org. Check the address and this computer's Internet "
                    + "connection, then try again.", problem.userMessage());
            assertTrue(problem.detail().contains("127.0.0.1"), problem.detail());
        }
    }

    @Test
    void aCertificateThisComputerDoesNotTrustGetsNoPassword() throws Exception {
        StringBuilder received = new StringBuilder();
        try (LocalTlsServer server = LocalTlsServer.start(dir, (in, out) -> received.append("connected"));
             Secret current = Secret.of("Kx7-one-time-Pw9"); Secret next = Secret.of("violet tractor honey lamp")) {
            HttpsServer withSystemTrust = new HttpsServer(LocalTlsServer.DOMAIN, server.server().connectAddress(),
                    server.server().port(), ServerTrust.system());
            MeetingCertificateNotTrustedProblem problem = assertThrows(MeetingCertificateNotTrustedProblem.class,
                    () -> new OwnPasswordChange(QUICK).change(withSystemTrust, "alice", current, next));
            assertEquals("meeting-certificate-not-trusted", problem.code());
            assertFalse(problem.getMessage().contains("Kx7-one-time-Pw9"));
            assertEquals(java.util.List.of(LocalTlsServer.DOMAIN), problem.arguments());
        }
    }

    @Test
    void aWebServerWithoutAnXmppAddressIsNotAMeetingServer() throws Exception {
        try (LocalTlsServer server = LocalTlsServer.start(dir, OwnPasswordChangeTest::notFound);
             Secret current = Secret.of("Kx7-one-time-Pw9"); Secret next = Secret.of("violet tractor honey lamp")) {
            NoMeetingServerProblem problem = assertThrows(NoMeetingServerProblem.class,
                    () -> new OwnPasswordChange(QUICK).change(server.server(), "alice", current, next));
            assertTrue(problem.detail().contains("404"), problem.detail());
        }
    }

    private static void notFound(java.io.InputStream in, OutputStream out) {
        try {
            byte[] buffer = new byte[8192];
            in.read(buffer);
            out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
