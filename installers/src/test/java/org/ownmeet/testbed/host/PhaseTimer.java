package org.ownmeet.testbed.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Prints how long each test-bed phase takes, as it happens, and appends it to
 * {@code target/testbed/phases.log} of the module under test, so a run's timings can be read afterwards.
 */
public final class PhaseTimer {
    private PhaseTimer() {
    }

    public static <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        record(phase, Duration.ofNanos(System.nanoTime() - start));
        return result;
    }

    public static void time(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    public static synchronized void record(String phase, Duration took) {
        String line = String.format(Locale.ROOT, "[testbed] %-34s %8.2f s", phase, took.toMillis() / 1000.0);
        System.out.println(line);
        try {
            String stamped = LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " " + line + "\n";
            Files.writeString(TestBedPaths.reports().resolve("phases.log"), stamped, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("[testbed] cannot write phases.log: " + e.getMessage());
        }
    }
}
