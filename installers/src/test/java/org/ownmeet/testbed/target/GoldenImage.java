package org.ownmeet.testbed.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.host.CachedBuild;
import org.ownmeet.testbed.host.TestBedPaths;

/**
 * The golden image of one Debian release that every target of that release boots an overlay of, built
 * by {@code golden-image.sh} once and kept between runs.
 */
public final class GoldenImage {
    private final Path dir;

    private GoldenImage(Path dir) {
        this.dir = dir;
    }

    public static GoldenImage ensureBuilt(DebianRelease release) {
        Path script = TestBedPaths.script("golden-image.sh");
        return new GoldenImage(CachedBuild.ensure(release.cacheName(), script, out -> HostCommand.of("bash", script.toString(),
                out.toString(), release.codename()).timeout(Duration.ofMinutes(15)).run()));
    }

    public Path rootfs() {
        return dir.resolve("rootfs");
    }

    public Path privateKey() {
        return dir.resolve("admin_ed25519");
    }

    public String user() {
        return read("admin.user");
    }

    public String password() {
        return read("admin.password");
    }

    /** The target's public host keys ({@code ssh_host_*_key.pub}), the same for every target. */
    public List<Path> hostPublicKeys() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("ssh_host_.*_key\\.pub")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(String file) {
        try {
            return Files.readString(dir.resolve(file)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
