package org.ownmeet.testbed.host;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A daemon the test bed started (apt proxy, ACME CA, a booted target, sshd, Xvfb). Its PID is
 * recorded in the {@link ProcessLedger} so that a run killed outright is cleaned up by the next one;
 * it is only ever stopped by that PID.
 */
public final class BackgroundProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path log;
    private final Duration stopGrace;

    private BackgroundProcess(String name, Process process, Path log, Duration stopGrace) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.stopGrace = stopGrace;
    }

    public static BackgroundProcess start(String name, List<String> command, Map<String, String> env, Duration stopGrace) {
        Path log = TestBedPaths.created(TestBedPaths.run().resolve("logs")).resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            ProcessLedger.record(name, process.toHandle());
            return new BackgroundProcess(name, process, log, stopGrace);
        } catch (IOException e) {
            throw new TestBedException("cannot start " + name + " (" + command.get(0) + "): " + e.getMessage(), e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** Fails with the end of the log if the process has died (e.g. could not bind its port). */
    public void requireAlive() {
        if (!process.isAlive()) {
            throw new TestBedException(name + " exited with " + process.exitValue() + "; its log ends:\n" + logTail(30));
        }
    }

    public String logTail(int lines) {
        try {
            return HostCommand.tail(java.nio.file.Files.readString(log), lines);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM, then SIGKILL to it and what it started if it has not ended within the grace time. */
    @Override
    public void close() {
        ProcessLedger.stop(process.toHandle(), stopGrace);
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ProcessLedger.forget(name);
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
