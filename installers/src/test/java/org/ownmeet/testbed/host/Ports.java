package org.ownmeet.testbed.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** Waiting for a daemon's port, finding a free one on loopback, and how a port answers from this machine. */
public final class Ports {
    private Ports() {
    }

    /** How a TCP port answers: it takes the connection, refuses it (nothing listens), or stays silent (a firewall drops it). */
    public enum Answer { OPEN, REFUSED, SILENT }

    public static Answer tcp(String host, int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(java.net.InetAddress.getByName(host), port), (int) timeout.toMillis());
            return Answer.OPEN;
        } catch (java.net.SocketTimeoutException e) {
            return Answer.SILENT;
        } catch (java.net.ConnectException e) {
            return Answer.REFUSED;
        } catch (IOException e) {
            throw new UncheckedIOException("connecting to " + host + " port " + port, e);
        }
    }

    public static void awaitListening(BackgroundProcess daemon, String host, int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            daemon.requireAlive();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 200);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new TestBedException(daemon + " is not listening on " + host + ":" + port + " after "
                            + timeout.toSeconds() + " s; its log ends:\n" + daemon.logTail(30));
                }
                sleep(50);
            }
        }
    }

    public static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TestBedException("interrupted", e);
        }
    }
}
