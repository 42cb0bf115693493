package org.ownmeet.testbed.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.ownmeet.testbed.host.BackgroundProcess;
import org.ownmeet.testbed.host.Ports;
import org.ownmeet.testbed.host.TestBedPaths;
import org.ownmeet.testbed.network.TestBedNetwork;

/**
 * apt-cacher-ng on 10.203.0.1:3142, the targets' only way to Debian's archive. Its cache is kept
 * between runs, so a package is downloaded once. The config is minimal on purpose: Debian's default
 * one answers 503 to this use.
 */
public final class AptProxy implements AutoCloseable {
    public static final int PORT = 3142;
    private final BackgroundProcess daemon;

    private AptProxy(BackgroundProcess daemon) {
        this.daemon = daemon;
    }

    public static AptProxy start() {
        Path conf = TestBedPaths.created(TestBedPaths.run().resolve("apt-proxy"));
        Path cache = TestBedPaths.created(TestBedPaths.cache().resolve("apt-cache"));
        Path logs = TestBedPaths.created(conf.resolve("log"));
        try {
            Files.writeString(conf.resolve("acng.conf"), String.join("\n",
                    "CacheDir: " + cache,
                    "LogDir: " + logs,
                    "Port: " + PORT,
                    "BindAddress: " + TestBedNetwork.HOST_ADDRESS,
                    "PidFile: " + conf.resolve("pid"),
                    "SocketPath: " + conf.resolve("socket"),
                    "ForeGround: 1",
                    "ExThreshold: 30",
                    ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BackgroundProcess daemon = BackgroundProcess.start("apt-cacher-ng",
                List.of("apt-cacher-ng", "-c", conf.toString()), Map.of(), Duration.ofSeconds(10));
        Ports.awaitListening(daemon, TestBedNetwork.HOST_ADDRESS, PORT, Duration.ofSeconds(20));
        return new AptProxy(daemon);
    }

    @Override
    public void close() {
        daemon.close();
    }
}
