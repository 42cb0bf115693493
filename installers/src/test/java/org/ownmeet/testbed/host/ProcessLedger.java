package org.ownmeet.testbed.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * PID files of the daemons the test bed started. Each holds the daemon's PID and start time and
 * those of the JVM that started it, so that a reused PID is never mistaken for ours and a daemon
 * is only reaped once the JVM that owned it is gone.
 */
public final class ProcessLedger {
    private ProcessLedger() {
    }

    private static Path dir() {
        return TestBedPaths.created(TestBedPaths.run().resolve("pids"));
    }

    private static final long OWNER = ProcessHandle.current().pid();

    private static Path file(String name) {
        return dir().resolve(name + "." + OWNER + ".pid");
    }

    static void record(String name, ProcessHandle handle) {
        String entry = handle.pid() + " " + startTicks(handle.pid()).orElse("?") + " "
                + OWNER + " " + startTicks(OWNER).orElse("?") + "\n";
        try {
            Files.writeString(file(name), entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void forget(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops what a run that was killed outright left running; returns what it stopped. */
    public static List<String> reapLeftovers() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(f -> f.toString().endsWith(".pid")).map(ProcessLedger::reap).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> reap(Path pidFile) {
        try {
            String[] entry = Files.readString(pidFile).trim().split(" ");
            if (isRunning(Long.parseLong(entry[2]), entry[3])) {
                return Optional.empty();
            }
            Files.delete(pidFile);
            long pid = Long.parseLong(entry[0]);
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isPresent() && isRunning(pid, entry[1])) {
                stop(handle.get(), Duration.ofSeconds(10));
                return Optional.of(pidFile.getFileName() + " (pid " + pid + ")");
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void stop(ProcessHandle handle, Duration grace) {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        try {
            handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
        }
    }

    private static boolean isRunning(long pid, String startTicks) {
        return startTicks(pid).map(startTicks::equals).orElse(false);
    }

    /** Field 22 of /proc/PID/stat: the process's start time in clock ticks after boot. */
    private static Optional<String> startTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String afterName = stat.substring(stat.lastIndexOf(')') + 2);
            return Optional.of(afterName.split(" ")[19]);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
