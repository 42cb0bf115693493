package org.ownmeet.installers.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Fetches one file over plain HTTP from port 80 of one address, with the meeting domain as Host, the
 * way Let's Encrypt fetches its HTTP-01 check: from this computer, which is outside the server.
 */
final class ChallengeFetch {
    private static final int MOST_BYTES = 8192;

    /** What came back: no connection ({@code failure} says why), or an HTTP status and body. */
    record Answer(boolean connected, int status, String body, String failure) {
        static Answer notConnected(String why) {
            return new Answer(false, 0, "", why);
        }

        String describe() {
            return connected ? "HTTP " + status : failure;
        }
    }

    private final Duration timeout;
    private final int port;

    ChallengeFetch(Duration timeout) {
        this(timeout, 80);
    }

    /** On another port than 80: for tests, which cannot take port 80. */
    ChallengeFetch(Duration timeout, int port) {
        this.timeout = timeout;
        this.port = port;
    }

    Answer get(InetAddress address, String host, String path) {
        int millis = (int) timeout.toMillis();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), millis);
            socket.setSoTimeout(millis);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: OwnMeet preflight\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = readAtMost(socket.getInputStream());
            int headerEnd = response.indexOf("\r\n\r\n");
            String[] statusLine = response.split("\r\n", 2)[0].split(" ");
            if (!statusLine[0].startsWith("HTTP/") || statusLine.length < 2 || !statusLine[1].matches("\\d{3}")) {
                return new Answer(true, 0, "", "not HTTP");
            }
            return new Answer(true, Integer.parseInt(statusLine[1]), headerEnd < 0 ? "" : response.substring(headerEnd + 4), "");
        } catch (IOException e) {
            return Answer.notConnected(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static String readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        for (int n = in.read(buffer); n > 0 && bytes.size() < MOST_BYTES; n = in.read(buffer)) {
            bytes.write(buffer, 0, n);
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
