package org.ownmeet.installers.ssh.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshTestSupport;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * Figures, not assertions on time: on one connection to the test bed's target, the time per small
 * command (100 in a row, as the user and as root through sudo) and reading 50 files in one round trip
 * versus one by one. Printed and written to {@code target/benchmarks/ssh.txt}; run with -Pbenchmark.
 */
@TestBedTest
@Tag("benchmark")
class SshBenchmarkTest {
    private static final int COMMANDS = 100;
    private static final int FILES = 50;

    @Test
    void commandsAndFileReadsOnOneConnection(DebianTarget target, @TempDir Path dir) throws IOException {
        target.root("mkdir -p /etc/ownmeet-bench && for i in $(seq 1 %d); do head -c 2048 /dev/urandom | base64 > /etc/ownmeet-bench/f$i.conf; done"
                .formatted(FILES)).run();
        List<String> paths = new ArrayList<>();
        for (int i = 1; i <= FILES; i++) {
            paths.add("/etc/ownmeet-bench/f" + i + ".conf");
        }
        List<String> report = new ArrayList<>();
        long connectStart = System.nanoTime();
        try (SshSession session = SshTestSupport.connectWithPassword(target, dir, e -> { })) {
            report.add(line("connect and log in (password)", millis(connectStart)));
            session.privilege();
            for (int round = 0; round < 10; round++) {
                session.run(RemoteScript.asUser("warm up", "true"));
            }
            report.add(series("small command as the user (echo)", () -> session.run(RemoteScript.asUser("echo", "echo hi"))));
            report.add(series("small command as root (sudo -S)", () -> session.run(RemoteScript.asRoot("echo", "echo hi"))));

            int before = session.roundTrips();
            long batchStart = System.nanoTime();
            var all = session.files().read(paths);
            double batch = millis(batchStart);
            int batchTrips = session.roundTrips() - before;
            assertEquals(FILES, all.size());

            before = session.roundTrips();
            long singleStart = System.nanoTime();
            for (String path : paths) {
                FileSnapshot one = session.files().read(path);
                assertEquals(all.get(path).sha256(), one.sha256());
            }
            double single = millis(singleStart);
            int singleTrips = session.roundTrips() - before;
            report.add(line("read " + FILES + " files of 2.7 KB in one round trip (" + batchTrips + " channel)", batch));
            report.add(line("read " + FILES + " files one by one (" + singleTrips + " channels)", single));
            report.add(String.format(Locale.ROOT, "%-58s %8.1fx", "one round trip is faster by", single / batch));
        }
        Path out = Files.createDirectories(Path.of("target", "benchmarks")).resolve("ssh.txt");
        Files.write(out, report, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        report.forEach(r -> System.out.println("[benchmark] " + r));
    }

    private static String series(String what, Supplier<?> command) {
        double[] each = new double[COMMANDS];
        long start = System.nanoTime();
        for (int i = 0; i < COMMANDS; i++) {
            long one = System.nanoTime();
            command.get();
            each[i] = millis(one);
        }
        double total = millis(start);
        Arrays.sort(each);
        return String.format(Locale.ROOT, "%-40s x%d: total %7.0f ms, mean %5.1f, median %5.1f, p95 %5.1f ms",
                what, COMMANDS, total, total / COMMANDS, each[COMMANDS / 2], each[(int) (COMMANDS * 0.95)]);
    }

    private static String line(String what, double ms) {
        return String.format(Locale.ROOT, "%-58s %8.1f ms", what, ms);
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
