package org.ownmeet.packaging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * Figures for the installed package, on a test-bed Debian 12: the .deb's size, the time from launching
 * {@code ownmeet} to its first screen drawn (cold: after the operating system's file caches were
 * dropped; warm: the median of five starts after it), the memory the process holds then (resident
 * set), and the same warm start without the class-data archive the package made when installed.
 * Printed and written to {@code target/benchmarks/installed-start.txt}; run with -Pbenchmark.
 */
@TestBedTest
@Tag("benchmark")
class InstalledStartBenchmarkIT {
    private static final String ARCHIVE = "/opt/ownmeet/lib/app/ownmeet.jsa";

    @Test
    void sizeTimeAndMemoryToTheFirstScreen(DebianTarget target) throws Exception {
        Path built = PackageOnTarget.built();
        PackageOnTarget deb = new PackageOnTarget(target);
        deb.copyIn(built);
        deb.install();
        deb.installTestTools();
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%-52s %6.1f MB", built.getFileName() + " (goal: at most 50 MB)",
                Files.size(built) / 1e6));
        report.add(String.format(Locale.ROOT, "%-52s %6.1f MB", "installed under /opt/ownmeet",
                Long.parseLong(target.root("du -sk /opt/ownmeet | cut -f1").run().output().strip()) / 1024.0));
        deb.startToFirstScreen(false); // the page cache now holds what a user's first start reads
        HostCommand.bash("sync; echo 3 > /proc/sys/vm/drop_caches").run();
        report.add(line("cold (file caches dropped)", deb.startToFirstScreen(false)));
        report.add(line("warm (median of 5)", median(deb, 5)));
        target.root("mv " + ARCHIVE + " " + ARCHIVE + ".off").run();
        report.add(line("warm without the class-data archive (median of 3)", median(deb, 3)));
        target.root("mv " + ARCHIVE + ".off " + ARCHIVE).run();
        report.add("goal: first screen under 1000 ms and under 200 MB on this machine");
        Path out = Path.of("target", "benchmarks", "installed-start.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private static PackageOnTarget.FirstScreen median(PackageOnTarget deb, int starts) throws Exception {
        List<PackageOnTarget.FirstScreen> all = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            all.add(deb.startToFirstScreen(false));
        }
        all.sort(Comparator.comparingLong(PackageOnTarget.FirstScreen::millis));
        return all.get(starts / 2);
    }

    private static String line(String what, PackageOnTarget.FirstScreen start) {
        return String.format(Locale.ROOT, "%-52s %6d ms %6.0f MB", what, start.millis(), start.residentKb() / 1024.0);
    }
}
