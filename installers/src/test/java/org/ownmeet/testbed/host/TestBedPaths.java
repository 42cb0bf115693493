package org.ownmeet.testbed.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the test bed keeps its scripts, its cache (kept between runs) and its run state (one run). */
public final class TestBedPaths {
    private static final Path SCRIPTS_IN_CHECKOUT = Path.of("installers", "src", "test", "testbed");

    private TestBedPaths() {
    }

    /** The scripts folder of this checkout, found from the module a test runs in. */
    public static Path scripts() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve(SCRIPTS_IN_CHECKOUT);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new TestBedException("cannot find " + SCRIPTS_IN_CHECKOUT + " above " + dir);
    }

    public static Path script(String name) {
        return scripts().resolve(name);
    }

    /** Kept between runs: the golden image, the apt cache, built repositories. */
    public static Path cache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return created(base.resolve("ownmeet-testbed"));
    }

    /** One run's state: overlays, logs, PID files. Large, so under /var/tmp rather than a tmpfs. */
    public static Path run() {
        return created(Path.of("/var/tmp/ownmeet-testbed"));
    }

    /** The reports folder of the module whose tests run ({@code target/}). */
    public static Path reports() {
        return created(Path.of(System.getProperty("user.dir"), "target", "testbed"));
    }

    public static Path created(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
