package org.ownmeet.testbed.display;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ownmeet.testbed.host.BackgroundProcess;
import org.ownmeet.testbed.host.HostPackages;
import org.ownmeet.testbed.host.PhaseTimer;
import org.ownmeet.testbed.host.Ports;
import org.ownmeet.testbed.host.TestBedException;

/**
 * A virtual X display (Xvfb, 1280x800, 24 bit) for a real window: started on a free display
 * number, ready once its socket is there, stopped by PID on {@link #close()}.
 */
public final class XvfbDisplay implements AutoCloseable {
    private static final Path SOCKETS = Path.of("/tmp/.X11-unix");
    // above the numbers desktops and xvfb-run (99) pick by default
    private static final int FIRST = 100;
    private static final int LAST = 199;
    private static final Duration READY_WITHIN = Duration.ofSeconds(20);

    private final int number;
    private final BackgroundProcess server;

    private XvfbDisplay(int number, BackgroundProcess server) {
        this.number = number;
        this.server = server;
    }

    public static XvfbDisplay start() {
        HostPackages.ensureInstalled();
        return PhaseTimer.time("xvfb start", XvfbDisplay::startOnFreeNumber);
    }

    private static XvfbDisplay startOnFreeNumber() {
        for (int n = FIRST; n <= LAST; n++) {
            if (inUse(n)) {
                continue;
            }
            BackgroundProcess server = BackgroundProcess.start("xvfb-" + n,
                    List.of("Xvfb", ":" + n, "-screen", "0", "1280x800x24", "-nolisten", "tcp"), Map.of(), Duration.ofSeconds(5));
            if (awaitSocket(n, server)) {
                return new XvfbDisplay(n, server);
            }
            // another X server took the number between our check and its start: try the next one
            server.close();
        }
        throw new TestBedException("no free X display number in :" + FIRST + " to :" + LAST);
    }

    private static boolean inUse(int n) {
        return Files.exists(SOCKETS.resolve("X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"));
    }

    private static boolean awaitSocket(int n, BackgroundProcess server) {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                if (server.logTail(20).contains("already active")) {
                    return false;
                }
                server.close();
                throw new TestBedException("Xvfb :" + n + " exited; its log ends:\n" + server.logTail(20));
            }
            if (Files.exists(SOCKETS.resolve("X" + n)) && ownsLock(n, server)) {
                return true;
            }
            Ports.sleep(50);
        }
        server.close();
        throw new TestBedException("Xvfb :" + n + " did not open its socket within " + READY_WITHIN.toSeconds() + " s:\n"
                + server.logTail(20));
    }

    /** The lock file holds the PID of the X server that has the number: ours, or one that beat us to it. */
    private static boolean ownsLock(int n, BackgroundProcess server) {
        try {
            return Long.parseLong(Files.readString(Path.of("/tmp/.X" + n + "-lock")).trim()) == server.pid();
        } catch (java.io.IOException | NumberFormatException e) {
            return false;
        }
    }

    /** The value for DISPLAY, e.g. {@code :90}. */
    public String name() {
        return ":" + number;
    }

    public Map<String, String> environment() {
        return Map.of("DISPLAY", name());
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "Xvfb " + name() + " (" + server + ")";
    }
}
