package org.ownmeet.installers.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SSLSocket;

/**
 * One kept-alive HTTP/1.1 connection over {@link VerifiedTls}: just what OwnMeet needs from the
 * meeting server (a GET, BOSH's POSTs), with bodies of known length or chunked. The JDK's HTTP
 * clients cannot connect to one address while checking the certificate for another name.
 */
public final class HttpsConnection implements Closeable {
    /** BOSH answers and web pages are small; anything bigger is not the server we expect. */
    static final int LARGEST_BODY = 4 * 1024 * 1024;
    private final HttpsServer server;
    private final SSLSocket socket;
    private final InputStream in;
    private final OutputStream out;
    private boolean reusable = true;

    private HttpsConnection(HttpsServer server, SSLSocket socket) throws IOException {
        this.server = server;
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    public static HttpsConnection open(VerifiedTls tls) throws IOException {
        return new HttpsConnection(tls.server(), tls.open());
    }

    public HttpResponse get(String path) throws IOException {
        return exchange("GET", path, null, null);
    }

    public HttpResponse post(String path, String contentType, byte[] body) throws IOException {
        return exchange("POST", path, contentType, body);
    }

    /** How long to wait for an answer, e.g. longer for a BOSH request the server may hold. */
    public void readTimeout(java.time.Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
    }

    /** False once the server said it closes the connection, or an exchange failed half way. */
    public boolean isReusable() {
        return reusable && !socket.isClosed();
    }

    private HttpResponse exchange(String method, String path, String contentType, byte[] body) throws IOException {
        reusable = false;
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(server.domain()).append(server.port() == HttpsServer.HTTPS_PORT ? "" : ":" + server.port()).append("\r\n")
                .append("User-Agent: OwnMeet\r\n");
        if (body != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
        if (body != null) {
            out.write(body);
        }
        out.flush();
        HttpResponse response = readResponse();
        String connection = response.header("connection");
        reusable = connection == null || !connection.toLowerCase(Locale.ROOT).contains("close");
        return response;
    }

    private HttpResponse readResponse() throws IOException {
        String statusLine = readLine();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new ProtocolException("not an HTTP answer: " + abbreviate(statusLine));
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new ProtocolException("not an HTTP status: " + abbreviate(statusLine));
        }
        Map<String, String> headers = new HashMap<>();
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.merge(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip(),
                        (a, b) -> a + ", " + b);
            }
        }
        byte[] body;
        String transferEncoding = headers.get("transfer-encoding");
        String length = headers.get("content-length");
        if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            body = readChunked();
        } else if (length != null) {
            body = readExactly(parseLength(length));
        } else if (status == 204 || status == 304 || status / 100 == 1) {
            body = new byte[0];
        } else {
            body = readToEnd();
            headers.put("connection", "close");
        }
        return new HttpResponse(status, headers, body);
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine();
            int semicolon = sizeLine.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
            } catch (NumberFormatException e) {
                throw new ProtocolException("bad chunk size: " + abbreviate(sizeLine));
            }
            if (size == 0) {
                while (!readLine().isEmpty()) {
                    // trailers are not used
                }
                return body.toByteArray();
            }
            if (size < 0 || body.size() + size > LARGEST_BODY) {
                throw new ProtocolException("answer larger than " + LARGEST_BODY + " bytes");
            }
            body.write(readExactly(size));
            readLine();
        }
    }

    private int parseLength(String value) throws ProtocolException {
        try {
            int length = Integer.parseInt(value.strip());
            if (length < 0 || length > LARGEST_BODY) {
                throw new ProtocolException("answer of " + length + " bytes");
            }
            return length;
        } catch (NumberFormatException e) {
            throw new ProtocolException("bad Content-Length: " + abbreviate(value));
        }
    }

    private byte[] readExactly(int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new ProtocolException("the server closed the connection in the middle of an answer");
        }
        return bytes;
    }

    private byte[] readToEnd() throws IOException {
        byte[] bytes = in.readNBytes(LARGEST_BODY + 1);
        if (bytes.length > LARGEST_BODY) {
            throw new ProtocolException("answer larger than " + LARGEST_BODY + " bytes");
        }
        return bytes;
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (line.size() == 0) {
                    throw new java.io.EOFException("the server closed the connection without an answer");
                }
                break;
            }
            if (b == '\n') {
                break;
            }
            if (line.size() > 16 * 1024) {
                throw new ProtocolException("header line too long");
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    @Override
    public void close() {
        reusable = false;
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to do with a connection that will not close cleanly
        }
    }
}
