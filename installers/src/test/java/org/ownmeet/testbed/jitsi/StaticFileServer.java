package org.ownmeet.testbed.jitsi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** Serves a folder read-only over plain HTTP, as an apt repository is served. */
final class StaticFileServer implements AutoCloseable {
    private final HttpServer server;

    private StaticFileServer(HttpServer server) {
        this.server = server;
    }

    static StaticFileServer serve(Path root, String address, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 16);
            server.createContext("/", exchange -> answer(exchange, root.toAbsolutePath().normalize()));
            server.start();
            return new StaticFileServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange, Path root) throws IOException {
        try (exchange) {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            long length = Files.size(file);
            exchange.sendResponseHeaders(200, head ? -1 : (length == 0 ? -1 : length));
            if (!head && length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    Files.copy(file, out);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
