package org.ownmeet.testbed.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Something the test bed builds once and keeps between runs (the golden image, the stand-in
 * repository), in a cache folder named after a hash of its sources: a changed recipe builds anew, and
 * a stale build is removed once no run has used it for a day (checkouts of other branches may still
 * use theirs). A build is made in a {@code .partial} folder and renamed when complete,
 * so a build cut off half-way is never taken for a finished one.
 */
public final class CachedBuild {
    private static final Duration UNUSED_FOR = Duration.ofDays(1);

    private CachedBuild() {
    }

    /** Returns the folder holding the build of {@code sources} (a file or a folder), building it if needed. */
    public static Path ensure(String name, Path sources, Consumer<Path> build) {
        Path dir = TestBedPaths.cache().resolve(name + "-" + contentHash(sources));
        if (Files.isDirectory(dir)) {
            markUsed(dir);
            PhaseTimer.record(name + " (cached)", Duration.ZERO);
            return dir;
        }
        removeStale(name);
        Path partial = dir.resolveSibling(dir.getFileName() + ".partial");
        PhaseTimer.time(name + " (build, once)", () -> {
            TestBedPaths.created(partial);
            build.accept(partial);
            try {
                Files.move(partial, dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return dir;
    }

    private static void markUsed(Path dir) {
        try {
            Files.setLastModifiedTime(dir, FileTime.from(Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeStale(String name) {
        Instant unusedSince = Instant.now().minus(UNUSED_FOR);
        try (Stream<Path> entries = Files.list(TestBedPaths.cache())) {
            for (Path stale : entries.filter(p -> p.getFileName().toString().matches(Pattern.quote(name) + "-\\p{XDigit}{12}(\\.partial)?"))
                    .toList()) {
                if (stale.toString().endsWith(".partial") || Files.getLastModifiedTime(stale).toInstant().isBefore(unusedSince)) {
                    HostCommand.of("rm", "-rf", "--one-file-system", stale.toString()).run();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String contentHash(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            for (Path file : sorted) {
                digest.update(sources.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
                digest.update(Files.isExecutable(file) ? (byte) 1 : (byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
