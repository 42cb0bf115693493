package org.ownmeet.testbed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.ownmeet.testbed.acme.Pebble;
import org.ownmeet.testbed.host.HostPackages;
import org.ownmeet.testbed.host.PhaseTimer;
import org.ownmeet.testbed.host.ProcessLedger;
import org.ownmeet.testbed.host.TestBedPaths;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.network.TestBedDns;
import org.ownmeet.testbed.network.TestBedNetwork;
import org.ownmeet.testbed.sshd.LoopbackSshd;
import org.ownmeet.testbed.target.AptProxy;
import org.ownmeet.testbed.target.DebianRelease;
import org.ownmeet.testbed.target.DebianTarget;
import org.ownmeet.testbed.target.GoldenImage;

/**
 * The test bed of one test JVM. It installs what it needs on this machine, holds a machine-wide lock
 * (one test bed at a time owns 10.203.0.0/24), and starts each shared part on first use: the network,
 * DNS and apt proxy with the first target; Pebble and the stand-in Jitsi repository when asked for.
 * Everything is stopped when the tests end, on Ctrl-C by a shutdown hook, and, if the JVM was killed
 * outright, by the next run before it starts.
 */
public final class TestBed implements AutoCloseable {
    private static TestBed instance;

    private final FileChannel lockFile;
    private final FileLock lock;
    private final Deque<AutoCloseable> shared = new ArrayDeque<>();
    private final List<DebianTarget> liveTargets = new ArrayList<>();
    private final Map<DebianRelease, GoldenImage> goldenImages = new EnumMap<>(DebianRelease.class);
    private TestBedNetwork network;
    private TestBedDns dns;
    private Pebble pebble;
    private JitsiStandInRepository jitsi;
    private int targetsBooted;
    private boolean closed;

    private TestBed(FileChannel lockFile, FileLock lock) {
        this.lockFile = lockFile;
        this.lock = lock;
    }

    public static synchronized TestBed get() {
        if (instance == null) {
            HostPackages.ensureInstalled();
            instance = acquire();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "testbed-shutdown"));
        }
        return instance;
    }

    private static TestBed acquire() {
        try {
            FileChannel channel = FileChannel.open(TestBedPaths.run().resolve("lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                System.out.println("[testbed] another test run owns the test bed; waiting for it to end");
                lock = PhaseTimer.time("waiting for another test run", () -> {
                    try {
                        return channel.lock();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            removeLeftovers();
            return new TestBed(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a run killed outright left behind: its daemons (by recorded PID), overlays and namespaces. */
    private static void removeLeftovers() {
        ProcessLedger.reapLeftovers().forEach(p -> System.out.println("[testbed] stopped a leftover " + p));
        Path targets = TestBedPaths.run().resolve("targets");
        if (Files.isDirectory(targets)) {
            try (Stream<Path> dirs = Files.list(targets)) {
                dirs.forEach(DebianTarget::discardOverlay);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        TestBedNetwork.removeLeftovers();
    }

    /** Boots a fresh Debian 12 target (a new overlay of the golden image) in its own network namespace. */
    public DebianTarget bootTarget() {
        return bootTarget(DebianRelease.BOOKWORM);
    }

    /** Boots a fresh target of {@code release}, building that release's golden image the first time. */
    public synchronized DebianTarget bootTarget(DebianRelease release) {
        ensureNetwork();
        GoldenImage golden = goldenImages.computeIfAbsent(release, GoldenImage::ensureBuilt);
        targetsBooted++;
        DebianTarget target = DebianTarget.boot(targetsBooted, golden, network.plugIn(targetsBooted), dns);
        liveTargets.add(target);
        return target;
    }

    synchronized void release(DebianTarget target) {
        if (liveTargets.remove(target)) {
            target.close();
        }
    }

    public synchronized Pebble pebble() {
        ensureNetwork();
        if (pebble == null) {
            pebble = started(() -> Pebble.start(dns));
        }
        return pebble;
    }

    /** The DNS the targets and Pebble resolve through, for tests that change where a domain points. */
    public synchronized TestBedDns dns() {
        ensureNetwork();
        return dns;
    }

    public synchronized JitsiStandInRepository jitsiRepository() {
        ensureNetwork();
        if (jitsi == null) {
            jitsi = started(JitsiStandInRepository::buildAndServe);
        }
        return jitsi;
    }

    public LoopbackSshd startLoopbackSshd() {
        return LoopbackSshd.start();
    }

    private void ensureNetwork() {
        if (closed) {
            throw new IllegalStateException("the test bed has been shut down");
        }
        if (network == null) {
            PhaseTimer.time("network, DNS and apt proxy up", () -> {
                network = started(TestBedNetwork::up);
                dns = started(TestBedDns::start);
                started(AptProxy::start);
            });
        }
    }

    private <T extends AutoCloseable> T started(Supplier<T> start) {
        T part = start.get();
        shared.push(part);
        return part;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (DebianTarget target : List.copyOf(liveTargets)) {
            release(target);
        }
        while (!shared.isEmpty()) {
            try {
                shared.pop().close();
            } catch (Exception e) {
                System.out.println("[testbed] while stopping: " + e.getMessage());
            }
        }
        try {
            lock.release();
            lockFile.close();
        } catch (IOException e) {
            System.out.println("[testbed] cannot release the lock: " + e.getMessage());
        }
    }
}
