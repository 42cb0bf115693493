package org.ownmeet.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * The .deb this build made, on a test-bed Debian: copied in, installed and removed with apt as a user
 * would, and OwnMeet started there by its user {@code debian} on a virtual display of the target's own.
 */
final class PackageOnTarget {
    static final String IN_TARGET = "/root/ownmeet.deb";
    private static final Duration APT = Duration.ofMinutes(10);

    private final DebianTarget target;

    PackageOnTarget(DebianTarget target) {
        this.target = target;
    }

    /** The .deb built by the package profile (failsafe passes its folder). */
    static Path built() throws IOException {
        Path dir = Path.of(System.getProperty("ownmeet.package.dir", "target/jpackage/installer"));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("ownmeet_.*\\.deb")).findFirst()
                    .orElseThrow(() -> new AssertionError("no ownmeet_*.deb in " + dir + ": build with -Ppackage"));
        }
    }

    void copyIn(Path deb) throws IOException {
        target.root("base64 -d > " + IN_TARGET).stdin(Base64.getEncoder().encodeToString(Files.readAllBytes(deb))).run();
    }

    /** apt-get install ./ownmeet.deb: its dependencies come from the target's own archive (through the test bed's proxy). */
    HostCommand.Result install() {
        return target.root("apt-get -q update >/dev/null && cd /root && DEBIAN_FRONTEND=noninteractive apt-get install -q -y ./ownmeet.deb")
                .timeout(APT).run();
    }

    HostCommand.Result purge() {
        return target.root("DEBIAN_FRONTEND=noninteractive apt-get purge -q -y ownmeet").timeout(APT).run();
    }

    /** Tools only the test uses, never the package: a virtual display and a screen grabber. */
    void installTestTools() {
        target.root("DEBIAN_FRONTEND=noninteractive apt-get install -q -y --no-install-recommends xvfb x11-apps >/dev/null")
                .timeout(APT).run();
    }

    /** Every file and link on the target's system, except what changes by itself or belongs to apt's bookkeeping. */
    Set<String> systemFiles() {
        String listing = target.root("""
                find / -xdev \\( -path /proc -o -path /sys -o -path /dev -o -path /run -o -path /tmp -o -path /var/tmp \
                  -o -path /var/log -o -path /var/cache/apt -o -path /var/lib/apt -o -path /var/cache/debconf \
                  -o -path /var/lib/systemd -o -path /root/ownmeet.deb \\) -prune -o \\( -type f -o -type l \\) -print
                """).timeout(Duration.ofMinutes(2)).run().output();
        return new TreeSet<>(List.of(listing.split("\n")));
    }

    /**
     * Starts the installed {@code ownmeet} without arguments as the user on a fresh virtual display of the target,
     * waits for its first screen, notes the time since launch and the memory in use, grabs the screen (xwd), and ends it.
     */
    FirstScreen startToFirstScreen(boolean grab) throws IOException {
        String out = target.root("""
                rm -f /tmp/ownmeet.out /tmp/screen.xwd
                Xvfb :7 -screen 0 1280x800x24 -nolisten tcp >/tmp/xvfb.log 2>&1 &
                xvfb=$!
                trap 'kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null || true' EXIT
                for i in $(seq 200); do [ -S /tmp/.X11-unix/X7 ] && break; sleep 0.05; done
                launched=$(date +%%s%%3N)
                runuser -u debian -- env DISPLAY=:7 HOME=/home/debian JAVA_TOOL_OPTIONS=-Downmeet.firstScreenReport=true \
                  ownmeet >/tmp/ownmeet.out 2>&1 &
                runner=$!
                for i in $(seq 1200); do
                  grep -q '^first-screen ' /tmp/ownmeet.out && break
                  kill -0 $runner 2>/dev/null || { cat /tmp/ownmeet.out; exit 1; }
                  sleep 0.02
                done
                shown=$(sed -n 's/^first-screen //p' /tmp/ownmeet.out)
                app=$(pgrep -P $runner)
                rss=$(awk '/^VmRSS:/ {print $2}' /proc/$app/status)
                if %s; then sleep 2; xwd -root -silent -display :7 > /tmp/screen.xwd; fi
                kill $app; wait $runner || true
                echo "first-screen-ms $((shown - launched)) rss-kb $rss"
                """.formatted(grab)).timeout(Duration.ofMinutes(2)).run().output();
        String figures = out.lines().filter(l -> l.startsWith("first-screen-ms ")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("OwnMeet did not show its first screen:\n" + out));
        String[] words = figures.split(" ");
        return new FirstScreen(Long.parseLong(words[1]), Long.parseLong(words[3]), out);
    }

    /** The screen grabbed by the last {@link #startToFirstScreen(boolean)}, as PNG. */
    Path screenshot(Path png) throws IOException {
        byte[] xwd = Base64.getDecoder().decode(target.root("base64 -w0 /tmp/screen.xwd").run().output().strip());
        Path raw = Files.createTempFile("ownmeet-screen", ".xwd");
        try {
            Files.write(raw, xwd);
            Files.createDirectories(png.toAbsolutePath().getParent());
            HostCommand.of("convert", "xwd:" + raw, "png:" + png).run();
        } finally {
            Files.deleteIfExists(raw);
        }
        return png;
    }

    record FirstScreen(long millis, long residentKb, String output) {
    }
}
