package org.ownmeet.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.testbed.display.XvfbDisplay;
import org.ownmeet.testbed.host.HostCommand;

/**
 * Figures for the wizard's start, from the packaged launcher ({@code target/ownmeet/bin/ownmeet}) on
 * an X display: the time from launching the program to its first screen drawn, and the memory the
 * process holds then (resident set). The very first start records the class-data archive; "cold" is
 * the next start after the operating system's file caches were dropped, "warm" the median of the
 * starts after it. Printed and written to {@code target/benchmarks/wizard-start.txt}; run with
 * -Pbenchmark (after package, by failsafe).
 */
@Tag("benchmark")
class WizardStartBenchmarkIT {
    private static final Path LAUNCHER = Path.of("target", "ownmeet", "bin", "ownmeet");

    @Test
    void timeAndMemoryToTheFirstScreen(@TempDir Path cache) throws Exception {
        List<String> report = new ArrayList<>();
        try (XvfbDisplay display = XvfbDisplay.start()) {
            Start first = start(display, cache);
            report.add(line("first start ever (records the class-data archive)", first));
            HostCommand.bash("sync; echo 3 > /proc/sys/vm/drop_caches").run();
            report.add(line("cold (file caches dropped)", start(display, cache)));
            List<Start> warm = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                warm.add(start(display, cache));
            }
            warm.sort((a, b) -> Long.compare(a.millis(), b.millis()));
            report.add(line("warm (median of 5)", warm.get(2)));
        }
        report.add("goal: under 1000 ms and under 200 MB on this machine");
        Path out = Path.of("target", "benchmarks", "wizard-start.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private static String line(String what, Start start) {
        return String.format(Locale.ROOT, "%-52s %6d ms %6.0f MB", what, start.millis(), start.residentKb() / 1024.0);
    }

    record Start(long millis, long residentKb) {
    }

    private static Start start(XvfbDisplay display, Path cache) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toAbsolutePath().toString()).redirectErrorStream(true);
        Map<String, String> env = new HashMap<>(builder.environment());
        env.putAll(display.environment());
        builder.environment().putAll(env);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().put("JAVA_TOOL_OPTIONS", "-D" + FirstScreenReport.PROPERTY + "=true");
        long launched = System.currentTimeMillis();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("first-screen ")) {
                    long shown = Long.parseLong(line.substring("first-screen ".length()).strip());
                    long resident = residentKb(process.pid());
                    return new Start(shown - launched, resident);
                }
            }
            throw new AssertionError("the wizard ended without showing its first screen");
        } finally {
            process.destroy(); // SIGTERM: the JVM exits normally, so the first start writes its archive
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the wizard did not end");
        }
    }

    private static long residentKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
