package org.ownmeet.testbed.acme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ownmeet.testbed.host.BackgroundProcess;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.host.PhaseTimer;
import org.ownmeet.testbed.host.Ports;
import org.ownmeet.testbed.host.TestBedPaths;
import org.ownmeet.testbed.network.TestBedDns;
import org.ownmeet.testbed.network.TestBedNetwork;

/**
 * Pebble, Let's Encrypt's own test ACME CA, at https://10.203.0.1:14000/dir. It validates HTTP-01
 * challenges on port 80 of the address the test bed's DNS gives for a domain, so a target gets a
 * real certificate for its {@code domain()}. Two certificates matter to tests: the one of Pebble's own
 * HTTPS listener (a client such as certbot must trust it to talk ACME) and the root it issues under
 * (new at every start, to check a served chain against).
 */
public final class Pebble implements AutoCloseable {
    public static final int ACME_PORT = 14000;
    public static final int MANAGEMENT_PORT = 15000;
    private final BackgroundProcess daemon;
    private final Path dir;

    private Pebble(BackgroundProcess daemon, Path dir) {
        this.daemon = daemon;
        this.dir = dir;
    }

    public static Pebble start(TestBedDns dns) {
        return PhaseTimer.time("pebble up", () -> {
            String host = TestBedNetwork.HOST_ADDRESS;
            Path dir = TestBedPaths.created(TestBedPaths.run().resolve("pebble"));
            HostCommand.of("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-days", "30", "-subj", "/CN=OwnMeet test bed ACME listener",
                    "-addext", "subjectAltName=IP:" + host,
                    "-keyout", dir.resolve("listener.key").toString(), "-out", dir.resolve("listener.pem").toString()).run();
            try {
                Files.writeString(dir.resolve("config.json"), """
                        {"pebble": {
                          "listenAddress": "%1$s:%2$d",
                          "managementListenAddress": "%1$s:%3$d",
                          "certificate": "%4$s",
                          "privateKey": "%5$s",
                          "httpPort": 80,
                          "tlsPort": 443,
                          "ocspResponderURL": "",
                          "externalAccountBindingRequired": false
                        }}
                        """.formatted(host, ACME_PORT, MANAGEMENT_PORT, dir.resolve("listener.pem"), dir.resolve("listener.key")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // no random sleeps and no random nonce rejections: tests must not be flaky by design
            BackgroundProcess daemon = BackgroundProcess.start("pebble",
                    List.of("pebble", "-config", dir.resolve("config.json").toString(), "-dnsserver", dns.resolverAddress()),
                    Map.of("PEBBLE_VA_NOSLEEP", "1", "PEBBLE_WFE_NONCEREJECT", "0"), Duration.ofSeconds(5));
            Ports.awaitListening(daemon, host, ACME_PORT, Duration.ofSeconds(15));
            Ports.awaitListening(daemon, host, MANAGEMENT_PORT, Duration.ofSeconds(15));
            return new Pebble(daemon, dir);
        });
    }

    public String directoryUrl() {
        return "https://" + TestBedNetwork.HOST_ADDRESS + ":" + ACME_PORT + "/dir";
    }

    /** PEM of Pebble's HTTPS listener certificate; an ACME client must trust it. */
    public String listenerCertificatePem() {
        try {
            return Files.readString(dir.resolve("listener.pem"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PEM of the root Pebble issues certificates under (it changes at every start). */
    public String issuingRootPem() {
        return HostCommand.of("curl", "-sSf", "--cacert", dir.resolve("listener.pem").toString(),
                "https://" + TestBedNetwork.HOST_ADDRESS + ":" + MANAGEMENT_PORT + "/roots/0").run().output();
    }

    /** How many new orders Pebble has taken so far (each ACME newOrder request), from its log. */
    public long orderCount() {
        try (Stream<String> lines = Files.lines(daemon.log())) {
            return lines.filter(line -> line.contains("POST /order-plz")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        daemon.close();
    }
}
