package org.ownmeet.installers.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The preflight's outside view, against small HTTP servers on this machine's loopback. */
class PortEightyCheckTest {
    private static final String DOMAIN = "meet.example.org";
    private static final String PATH = "/.well-known/acme-challenge/ownmeet-check-1";
    private HttpServer server;
    private final AtomicReference<String> hostSeen = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hostSeen.set(exchange.getRequestHeaders().getFirst("Host"));
            byte[] body = exchange.getRequestURI().getPath().equals(PATH) ? "the-check".getBytes(StandardCharsets.US_ASCII)
                    : "not found".getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals(PATH) ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theCheckFileServedWithTheDomainAsHostPasses() {
        List<String> notes = check(server.getAddress().getPort(), List.of("127.0.0.1"), List.of("127.0.0.1"), "the-check");
        assertEquals(List.of(), notes);
        assertEquals(DOMAIN, hostSeen.get());
    }

    @Test
    void anAddressThatIsNotTheServersAndLeadsHereAnywayPasses() {
        assertEquals(List.of(), check(server.getAddress().getPort(), List.of("127.0.0.1"), List.of("203.0.113.5"), "the-check"));
    }

    @Test
    void anotherAnswerIsAnotherServer() {
        OtherServerAnswersProblem problem = assertThrows(OtherServerAnswersProblem.class,
                () -> check(server.getAddress().getPort(), List.of("127.0.0.1"), List.of("127.0.0.1"), "another-check"));
        assertTrue(problem.detail().endsWith("answered HTTP 200 instead of the check file"), problem.detail());
    }

    @Test
    void nothingListeningAtTheServersOwnAddressIsAClosedPort() throws IOException {
        PortClosedProblem problem = assertThrows(PortClosedProblem.class,
                () -> check(freePort(), List.of("127.0.0.1"), List.of("127.0.0.1"), "the-check"));
        assertTrue(problem.userMessage().startsWith("Port 80 of this server (127.0.0.1) does not answer from outside"),
                problem.userMessage());
    }

    @Test
    void nothingListeningAtAnotherAddressIsARecordPointingElsewhere() throws IOException {
        PointsElsewhereProblem problem = assertThrows(PointsElsewhereProblem.class,
                () -> check(freePort(), List.of("127.0.0.1"), List.of("203.0.113.5", "2001:db8::5"), "the-check"));
        assertTrue(problem.userMessage().startsWith("The name meet.example.org points to 127.0.0.1, but this server's addresses "
                + "are 203.0.113.5, 2001:db8::5"), problem.userMessage());
        assertTrue(problem.userMessage().contains("Change the A record"), problem.userMessage());
    }

    private static List<String> check(int port, List<String> addresses, List<String> own, String content) {
        return new PortEightyCheck(new ChallengeFetch(Duration.ofSeconds(5), port)).check(DOMAIN, addresses, own, PATH, content);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
