package org.ownmeet.testbed.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** Waiting for a daemon's port, finding a free one on loopback, and how a port answers from this machine. */
public final class Ports {
    private Ports() {
    }

    /**
     * How a port answers from this machine: it takes the connection or answers the datagram; it refuses
     * (nothing listens there, and the target's kernel says so); or it stays silent, which on the test
     * bed's one link means a firewall drops what was sent.
     */
    public enum Answer { OPEN, REFUSED, SILENT }

    public static Answer tcp(String host, int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName(host), port), (int) timeout.toMillis());
            return Answer.OPEN;
        } catch (SocketTimeoutException e) {
            return Answer.SILENT;
        } catch (ConnectException e) {
            return Answer.REFUSED;
        } catch (IOException e) {
            throw new UncheckedIOException("connecting to " + host + " port " + port, e);
        }
    }

    /**
     * Sends {@code datagram} to a UDP port and waits for what comes back: an answer (OPEN), the
     * kernel's "port unreachable" (REFUSED: let through, but nothing listens), or nothing (SILENT: a
     * daemon that ignored the datagram, or a firewall that dropped it; send something the daemon
     * answers, such as a STUN binding request to coturn, to tell those apart).
     */
    public static Answer udp(String host, int port, byte[] datagram, Duration timeout) {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName(host), port));
            socket.setSoTimeout((int) timeout.toMillis());
            socket.send(new DatagramPacket(datagram, datagram.length));
            socket.receive(new DatagramPacket(new byte[1500], 1500));
            return Answer.OPEN;
        } catch (SocketTimeoutException e) {
            return Answer.SILENT;
        } catch (PortUnreachableException e) {
            return Answer.REFUSED;
        } catch (IOException e) {
            throw new UncheckedIOException("sending to " + host + " UDP port " + port, e);
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
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
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
