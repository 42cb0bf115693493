package org.ownmeet.testbed.network;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.ownmeet.testbed.host.BackgroundProcess;
import org.ownmeet.testbed.host.Ports;
import org.ownmeet.testbed.host.TestBedException;

/**
 * The test bed's DNS on 10.203.0.1:53 (Pebble's challenge test server in DNS-only mode): the targets'
 * resolver and the ACME CA's, so a target's domain resolves to that target for both. It answers
 * only the names the test bed adds; there is no default address.
 */
public final class TestBedDns implements AutoCloseable {
    private static final int MANAGEMENT_PORT = 8055;
    private final BackgroundProcess daemon;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestBedDns(BackgroundProcess daemon) {
        this.daemon = daemon;
    }

    public static TestBedDns start() {
        String host = TestBedNetwork.HOST_ADDRESS;
        BackgroundProcess daemon = BackgroundProcess.start("dns", List.of("pebble-challtestsrv",
                "-defaultIPv4", "", "-defaultIPv6", "",
                "-dns01", host + ":53", "-http01", "", "-https01", "", "-tlsalpn01", "",
                "-management", host + ":" + MANAGEMENT_PORT), Map.of(), Duration.ofSeconds(5));
        Ports.awaitListening(daemon, host, MANAGEMENT_PORT, Duration.ofSeconds(10));
        return new TestBedDns(daemon);
    }

    public String resolverAddress() {
        return TestBedNetwork.HOST_ADDRESS + ":53";
    }

    public void addA(String name, String address) {
        post("add-a", "{\"host\":\"" + name + "\",\"addresses\":[\"" + address + "\"]}");
    }

    public void removeA(String name) {
        post("clear-a", "{\"host\":\"" + name + "\"}");
    }

    public void addAaaa(String name, String address) {
        post("add-aaaa", "{\"host\":\"" + name + "\",\"addresses\":[\"" + address + "\"]}");
    }

    public void removeAaaa(String name) {
        post("clear-aaaa", "{\"host\":\"" + name + "\"}");
    }

    private void post(String path, String json) {
        URI uri = URI.create("http://" + TestBedNetwork.HOST_ADDRESS + ":" + MANAGEMENT_PORT + "/" + path);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new TestBedException("DNS " + path + " " + json + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new TestBedException("DNS " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TestBedException("interrupted", e);
        }
    }

    @Override
    public void close() {
        daemon.close();
    }
}
