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
        return start(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.ownmeet.app.Main"), environment, args);
    }

    /** The packaged launcher, {@code target/ownmeet/bin/ownmeet}, with its class-data archive under {@code home}. */
    static Result launcher(Path home, Map<String, String> environment, String... args) {
        Map<String, String> withHome = new java.util.HashMap<>(environment);
        withHome.put("XDG_CACHE_HOME", home.toString());
        return start(List.of(Path.of("target", "ownmeet", "bin", "ownmeet").toAbsolutePath().toString()), withHome, args);
    }

    private static Result start(List<String> launch, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(launch);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        try {
            Process process = builder.start();
            process.getOutputStream().close();
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
