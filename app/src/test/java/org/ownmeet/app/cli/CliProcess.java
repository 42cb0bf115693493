package org.ownmeet.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code ownmeet ...} as a user runs it: a JVM of its own, with its own environment, no terminal. */
final class CliProcess {
    private CliProcess() {
    }

    record Result(int exitCode, String output, long millis) {
    }

    static Result run(Map<String, String> environment, String... args) {
        return start(java(), environment, args);
    }

    /** The packaged launcher, {@code target/ownmeet/bin/ownmeet}, with its class-data archive under {@code home}. */
    static Result launcher(Path home, Map<String, String> environment, String... args) {
        Map<String, String> withHome = new java.util.HashMap<>(environment);
        withHome.put("XDG_CACHE_HOME", home.toString());
        return start(List.of(Path.of("target", "ownmeet", "bin", "ownmeet").toAbsolutePath().toString()), withHome, args);
    }

    /** As {@link #run}, with {@code input} piped to its standard input (answers to its questions). */
    static Result withInput(String input, Map<String, String> environment, String... args) {
        return start(java(), environment, input, args);
    }

    /** As {@link #run}, but standard error apart from standard output. */
    static Separated separated(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(java());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE);
        withLogFolder(builder, environment);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return process.getErrorStream().readAllBytes();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("ownmeet did not end");
            }
            return new Separated(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Separated(int exitCode, String stdout, String stderr) {
    }

    private static List<String> java() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                "org.ownmeet.app.Main");
    }

    /** The command line's log in the build's folder, unless the test chose one. */
    private static void withLogFolder(ProcessBuilder builder, Map<String, String> environment) {
        builder.environment().put("XDG_STATE_HOME", Path.of("target", "cli-state").toAbsolutePath().toString());
        builder.environment().putAll(environment);
    }

    private static Result start(List<String> launch, Map<String, String> environment, String... args) {
        return start(launch, environment, "", args);
    }

    private static Result start(List<String> launch, Map<String, String> environment, String input, String... args) {
        List<String> command = new ArrayList<>(launch);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE);
        withLogFolder(builder, environment);
        long start = System.nanoTime();
        try {
            Process process = builder.start();
            try (var stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(20, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("ownmeet did not end");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
