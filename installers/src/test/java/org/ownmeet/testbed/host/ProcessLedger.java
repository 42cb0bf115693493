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
 * PID files of the daemons the test bed started, with each process's start time so that a PID
 * reused by another program is never mistaken for ours.
 */
public final class ProcessLedger {
    private ProcessLedger() {
    }

    private static Path dir() {
        return TestBedPaths.created(TestBedPaths.run().resolve("pids"));
    }

    static void record(String name, ProcessHandle handle) {
        String entry = handle.pid() + " " + startTicks(handle.pid()).orElse("?") + "\n";
        try {
            Files.writeString(dir().resolve(name + ".pid"), entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void forget(String name) {
        try {
            Files.deleteIfExists(dir().resolve(name + ".pid"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops what an earlier run that was killed outright left running; returns what it stopped. */
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
            Files.delete(pidFile);
            long pid = Long.parseLong(entry[0]);
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isPresent() && startTicks(pid).map(entry[1]::equals).orElse(false)) {
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
