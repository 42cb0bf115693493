package org.ownmeet.testbed.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command run on the machine that hosts the test bed, with its output captured.
 * Failures throw with the command and the tail of its output, so a broken test bed says why.
 */
public final class HostCommand {
    private final List<String> command;
    private Duration timeout = Duration.ofMinutes(5);
    private String stdin;
    private final Map<String, String> environment = new java.util.LinkedHashMap<>();

    private HostCommand(List<String> command) {
        this.command = List.copyOf(command);
    }

    public static HostCommand of(String... command) {
        return new HostCommand(List.of(command));
    }

    public static HostCommand of(List<String> command) {
        return new HostCommand(command);
    }

    /** A bash script, run with {@code set -euo pipefail}. */
    public static HostCommand bash(String script) {
        return new HostCommand(List.of("bash", "-euo", "pipefail", "-c", script));
    }

    public HostCommand timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    public HostCommand stdin(String input) {
        this.stdin = input;
        return this;
    }

    public HostCommand env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Runs the command; a non-zero exit status is a {@link TestBedException}. */
    public Result run() {
        Result result = runAllowingFailure();
        if (result.exitCode() != 0) {
            throw new TestBedException("host command failed (exit " + result.exitCode() + "): "
                    + String.join(" ", command) + "\n" + tail(result.output(), 40));
        }
        return result;
    }

    public Result runAllowingFailure() {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new TestBedException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        var collector = new OutputCollector(process.getInputStream());
        collector.start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the command did not read its input; its exit status tells the rest
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new TestBedException("host command timed out after " + timeout.toSeconds() + " s: "
                        + String.join(" ", command) + "\n" + tail(collector.await(), 40));
            }
            return new Result(process.exitValue(), collector.await());
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new TestBedException("interrupted while running " + String.join(" ", command), e);
        }
    }

    static String tail(String output, int lines) {
        String[] all = output.split("\n");
        int from = Math.max(0, all.length - lines);
        return String.join("\n", java.util.Arrays.asList(all).subList(from, all.length));
    }

    public record Result(int exitCode, String output) {
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            for (String line : output.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            return lines;
        }
    }

    private static final class OutputCollector extends Thread {
        private final InputStream in;
        private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();

        OutputCollector(InputStream in) {
            super("host-command-output");
            setDaemon(true);
            this.in = in;
        }

        @Override
        public void run() {
            try (in) {
                in.transferTo(buffer);
            } catch (IOException e) {
                // the process went away; what was read so far is kept
            }
        }

        String await() throws InterruptedException {
            join();
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }
}
