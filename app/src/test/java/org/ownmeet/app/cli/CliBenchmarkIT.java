package org.ownmeet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.testbed.TestBed;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * Figures for the engine, from the packaged command line ({@code target/ownmeet/bin/ownmeet}) with the
 * JVM's start included: a no-op re-run (and the checks from outside, timed apart), and a fresh apply
 * against the same apt installs run alone on another fresh target. The launcher's class-data archive
 * is recorded by the plan run before, as a user's first plan would. Printed and written to
 * {@code target/benchmarks/engine.txt}; run with -Pbenchmark (after package, by failsafe).
 */
@TestBedTest
@Tag("benchmark")
class CliBenchmarkIT {
    private static final Pattern ROUND_TRIPS = Pattern.compile("\\((\\d+\\.\\d) s, 1 SSH connection, (\\d+) round trips\\)");
    private static final Pattern APPLY = Pattern.compile("\\(apply: (\\d+\\.\\d) s, (\\d+) round trips\\)");

    @Test
    void noOpRerunAndFreshApply(TestBed testBed, JitsiStandInRepository repository, @TempDir Path dir) throws Exception {
        List<String> report = new ArrayList<>();
        CliOnTestBedTest.dir = dir;
        try (DebianTarget engine = testBed.bootTarget(); DebianTarget alone = testBed.bootTarget()) {
            // the usual first contact: look at the plan (which also records the launcher's class-data archive), then apply
            CliProcess.Result planRun = ownmeet(engine, repository, dir, "plan", "--accept-host-key", CliOnTestBedTest.fingerprint(engine));
            assertEquals(0, planRun.exitCode(), planRun.output());
            report.add(line("plan on the bare server (records the class-data archive)", planRun.millis()));
            CliProcess.Result freshRun = ownmeet(engine, repository, dir, "apply", "--no-verify");
            long fresh = freshRun.millis();
            freshRun.output().lines().filter(l -> l.strip().startsWith("(")).forEach(l -> report.add("  " + l.strip()));
            long apt = aptAlone(alone, repository);
            report.add(line("fresh apply with OwnMeet (all steps, JVM start included)", fresh));
            report.add(line("the same apt installs run alone", apt));
            report.add(String.format(Locale.ROOT, "%-62s %+8.1f %%", "OwnMeet adds", 100.0 * (fresh - apt) / apt));

            long[] noOp = new long[5];
            String last = "";
            for (int i = 0; i < noOp.length; i++) {
                CliProcess.Result run = ownmeet(engine, repository, dir, "apply", "--no-verify");
                assertEquals(0, run.exitCode(), run.output());
                noOp[i] = run.millis();
                last = run.output();
            }
            Arrays.sort(noOp);
            report.add(line("no-op re-run, wall time, median of 5 (min " + noOp[0] + ", max " + noOp[4] + ")", noOp[2]));
            report.add(figures("  the same, as OwnMeet counts it", last));

            long[] verify = new long[5];
            for (int i = 0; i < verify.length; i++) {
                CliProcess.Result run = ownmeet(engine, repository, dir, "verify");
                assertEquals(0, run.exitCode(), run.output());
                verify[i] = run.millis();
            }
            Arrays.sort(verify);
            report.add(line("verify (every check: from outside and on the server), wall time, median of 5", verify[2]));
        }
        Path out = Files.createDirectories(Path.of("target", "benchmarks")).resolve("engine.txt");
        Files.write(out, report);
        report.forEach(r -> System.out.println("[benchmark] " + r));
    }

    private static CliProcess.Result ownmeet(DebianTarget target, JitsiStandInRepository repository, Path dir, String command,
                                             String... more) throws Exception {
        return CliProcess.launcher(dir.resolve("cache"), java.util.Map.of("OWNMEET_PASSWORD", target.password()),
                CliOnTestBedTest.arguments(target, repository, command, more));
    }

    /** What the official quick install does, typed by hand: key, source, answers, apt-get install. */
    private static long aptAlone(DebianTarget target, JitsiStandInRepository repository) {
        long start = System.nanoTime();
        target.root(repository.quickInstallScript(JitsiShape.CURRENT, target.domain()))
                .timeout(Duration.ofMinutes(15)).run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String figures(String what, String output) {
        Matcher total = ROUND_TRIPS.matcher(output);
        Matcher apply = APPLY.matcher(output);
        if (!total.find() || !apply.find()) {
            return what + ": (no figures in the output)";
        }
        return String.format(Locale.ROOT, "%-62s %s s in the JVM, 1 SSH connection, %s round trips (state read and record: %s)",
                what, total.group(1), total.group(2), apply.group(2));
    }

    private static String line(String what, long millis) {
        return String.format(Locale.ROOT, "%-62s %8.2f s", what, millis / 1000.0);
    }
}
