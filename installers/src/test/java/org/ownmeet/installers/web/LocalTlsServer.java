package org.ownmeet.installers.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * A TLS server on 127.0.0.1 with a fresh self-signed certificate for {@link #DOMAIN} (made by the
 * JDK's keytool), whose connections are answered by a script of the test's. For the HTTPS client's
 * own tests, where no real server is needed.
 */
public final class LocalTlsServer implements AutoCloseable {
    public static final String DOMAIN = "meet.local.test";
    private final SSLServerSocket socket;
    private final String pem;
    private final Thread acceptor;

    private LocalTlsServer(SSLServerSocket socket, String pem, BiConsumer<InputStream, OutputStream> answer) {
        this.socket = socket;
        this.pem = pem;
        this.acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    answer.accept(client.getInputStream(), client.getOutputStream());
                } catch (IOException | UncheckedIOException e) {
                    // the test is over, or the client gave up
                }
            }
        }, "local-tls-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static LocalTlsServer start(Path dir, BiConsumer<InputStream, OutputStream> answer) throws Exception {
        return start(dir, answer, null);
    }

    /** {@code startDate}: keytool's -startdate (e.g. "-10d" for a certificate that expired 8 days ago), or null for now. */
    public static LocalTlsServer start(Path dir, BiConsumer<InputStream, OutputStream> answer, String startDate) throws Exception {
        Path store = dir.resolve("server.p12");
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + DOMAIN,
                "-ext", "SAN=dns:" + DOMAIN, "-validity", "2", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", "test-only", "-keypass", "test-only"));
        if (startDate != null) {
            command.addAll(java.util.List.of("-startdate", startDate));
        }
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0 || !Files.exists(store)) {
            throw new IllegalStateException("keytool could not make a certificate");
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "test-only".toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, "test-only".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        SSLServerSocket socket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 5,
                InetAddress.getLoopbackAddress());
        Certificate certificate = keys.getCertificate("server");
        String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        return new LocalTlsServer(socket, pem, answer);
    }

    public HttpsServer server() {
        return new HttpsServer(DOMAIN, java.util.Optional.of("127.0.0.1"), socket.getLocalPort(), ServerTrust.pinned(pem));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
