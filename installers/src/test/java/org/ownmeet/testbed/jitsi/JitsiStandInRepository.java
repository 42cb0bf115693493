package org.ownmeet.testbed.jitsi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.host.CachedBuild;
import org.ownmeet.testbed.host.TestBedPaths;
import org.ownmeet.testbed.network.TestBedNetwork;

/**
 * The signed apt repository of stand-in Jitsi packages, served on http://10.203.0.1:8000 in the
 * layout of the real one ({@code deb <url>/<shape> stable/}, key at {@code <url>/jitsi-key.gpg.key}).
 * The engine takes the repository URL and key URL as settings, so tests run the same code path as a
 * real install. Built by {@code jitsi-standin/build-repo.sh} and cached by the content of its sources.
 */
public final class JitsiStandInRepository implements AutoCloseable {
    public static final int PORT = 8000;
    private final Path dir;
    private final StaticFileServer server;

    private JitsiStandInRepository(Path dir, StaticFileServer server) {
        this.dir = dir;
        this.server = server;
    }

    public static JitsiStandInRepository buildAndServe() {
        Path sources = TestBedPaths.script("jitsi-standin");
        Path dir = CachedBuild.ensure("jitsi-standin", sources, out -> HostCommand.of("bash",
                sources.resolve("build-repo.sh").toString(), out.toString()).timeout(Duration.ofMinutes(5)).run());
        return new JitsiStandInRepository(dir, StaticFileServer.serve(dir, TestBedNetwork.HOST_ADDRESS, PORT));
    }

    public String baseUrl() {
        return "http://" + TestBedNetwork.HOST_ADDRESS + ":" + PORT;
    }

    /** The repository URL to put where {@code https://download.jitsi.org} goes; the suite is {@code stable/}. */
    public String url(JitsiShape shape) {
        return baseUrl() + "/" + shape.folder();
    }

    /** Where the ASCII-armoured signing key is served, as {@code https://download.jitsi.org/jitsi-key.gpg.key} is. */
    public String keyUrl() {
        return baseUrl() + "/jitsi-key.gpg.key";
    }

    /**
     * The official quick install, by hand, as a root script for a target: the key, the apt source,
     * the debconf answers (domain, self-signed certificate, no JaaS) and {@code apt-get install jitsi-meet}.
     */
    public String quickInstallScript(JitsiShape shape, String domain) {
        return """
                curl -fsSL %1$s | gpg --dearmor > /usr/share/keyrings/jitsi-keyring.gpg
                echo "deb [signed-by=/usr/share/keyrings/jitsi-keyring.gpg] %2$s stable/" > /etc/apt/sources.list.d/jitsi-stable.list
                apt-get -q update >/dev/null
                printf '%%s\\n' "jitsi-videobridge2 jitsi-videobridge/jvb-hostname string %3$s" \\
                  "jitsi-meet-web-config jitsi-meet/cert-choice select Generate a new self-signed certificate" \\
                  "jitsi-meet-web-config jitsi-meet/jaas-choice boolean false" | debconf-set-selections
                DEBIAN_FRONTEND=noninteractive apt-get install -q -y jitsi-meet >/dev/null
                """.formatted(keyUrl(), url(shape), domain);
    }

    public String armoredKey() {
        try {
            return Files.readString(dir.resolve("jitsi-key.gpg.key"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
