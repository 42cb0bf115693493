package org.ownmeet.installers.ssh.hostkey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * OwnMeet's own known_hosts file, in OpenSSH's format ({@code host algorithm key}, and
 * {@code [host]:port} for another port than 22). Only keys the user confirmed are written to it; it
 * is rewritten atomically (a new file renamed over the old), so a crash never leaves it half-written,
 * and under a lock, so two programs pinning at once do not lose one's key.
 */
public final class KnownHosts {
    private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
    private final Path file;

    public KnownHosts(Path file) {
        this.file = file;
    }

    /** {@code ~/.config/ownmeet/known_hosts}, or under {@code XDG_CONFIG_HOME}. */
    public static KnownHosts forCurrentUser() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new KnownHosts(config.resolve("ownmeet").resolve("known_hosts"));
    }

    public Path file() {
        return file;
    }

    public synchronized List<HostKey> pinned(String host, int port) {
        String pattern = pattern(host, port);
        List<HostKey> keys = new ArrayList<>();
        for (String line : lines()) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 3 && !line.startsWith("#") && !line.startsWith("@")
                    && List.of(fields[0].toLowerCase(Locale.ROOT).split(",")).contains(pattern)) {
                keys.add(new HostKey(fields[1], fields[2]));
            }
        }
        return keys;
    }

    /** Pins a key the user confirmed. A host that already has pinned keys must be {@link #forget forgotten} first. */
    public synchronized void pin(String host, int port, HostKey key) {
        locked(() -> {
            if (!pinned(host, port).isEmpty()) {
                throw new IllegalStateException(pattern(host, port) + " already has a pinned key; forget it first");
            }
            List<String> lines = new ArrayList<>(lines());
            lines.add(pattern(host, port) + " " + key.algorithm() + " " + key.base64());
            save(lines);
        });
    }

    /** For the explicit "this server was replaced" flow: drops every key pinned for the host. */
    public synchronized void forget(String host, int port) {
        String pattern = pattern(host, port);
        locked(() -> save(lines().stream()
                .filter(line -> !List.of(line.trim().split("\\s+")[0].toLowerCase(Locale.ROOT).split(",")).contains(pattern))
                .toList()));
    }

    /**
     * Runs a read-change-write of the file while holding its lock: {@code known_hosts.lock} beside it, locked
     * for other programs (the wizard and the command line at once) and, since a JVM may hold a file lock only
     * once, for other instances in this one.
     */
    private void locked(Runnable change) {
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        ReentrantLock inThisJvm = LOCKS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), p -> new ReentrantLock());
        inThisJvm.lock();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                change.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile, e);
        } finally {
            inThisJvm.unlock();
        }
    }

    static String pattern(String host, int port) {
        String name = host.toLowerCase(Locale.ROOT);
        return port == 22 ? name : "[" + name + "]:" + port;
    }

    private List<String> lines() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void save(List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".known_hosts", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.write(temp, lines, StandardCharsets.UTF_8);
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
