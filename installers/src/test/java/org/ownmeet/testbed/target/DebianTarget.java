package org.ownmeet.testbed.target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ownmeet.testbed.host.BackgroundProcess;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.host.OpenSshClient;
import org.ownmeet.testbed.host.PhaseTimer;
import org.ownmeet.testbed.host.Ports;
import org.ownmeet.testbed.host.TestBedException;
import org.ownmeet.testbed.host.TestBedPaths;
import org.ownmeet.testbed.network.TargetNetwork;
import org.ownmeet.testbed.network.TestBedDns;

/**
 * A Debian server (12 unless a test asks for another release) for one test class: the golden image of its
 * release under a fresh overlay, booted with
 * systemd-nspawn (real systemd, real sshd) in its own network namespace. Tests reach it as a user
 * would, over SSH as the sudo user, and inspect it as root through {@link #root(String)}, which
 * enters the container's namespaces directly and so does not depend on the code under test.
 */
public final class DebianTarget implements AutoCloseable {
    public static final String TEST_DOMAIN_SUFFIX = ".ownmeet.test";

    private final int index;
    private final GoldenImage golden;
    private final TargetNetwork network;
    private final TestBedDns dns;
    private final Path dir;
    private BackgroundProcess nspawn;
    private OpenSshClient sshClient;
    private boolean closed;
    private long initPid;

    private DebianTarget(int index, GoldenImage golden, TargetNetwork network, TestBedDns dns) {
        this.index = index;
        this.golden = golden;
        this.network = network;
        this.dns = dns;
        this.dir = TestBedPaths.run().resolve("targets").resolve("t" + index);
    }

    public static DebianTarget boot(int index, GoldenImage golden, TargetNetwork network, TestBedDns dns) {
        DebianTarget target = new DebianTarget(index, golden, network, dns);
        try {
            PhaseTimer.time("target boot (until ssh works)", target::start);
            return target;
        } catch (RuntimeException e) {
            target.close();
            throw e;
        }
    }

    private void start() {
        dns.addA(domain(), address());
        Path root = dir.resolve("root");
        HostCommand.bash("""
                mkdir -p %1$s/upper %1$s/work %1$s/root
                mount -t overlay overlay -o lowerdir=%2$s,upperdir=%1$s/upper,workdir=%1$s/work %1$s/root
                echo %3$s > %1$s/root/etc/hostname
                printf '127.0.0.1\\tlocalhost\\n127.0.1.1\\t%3$s\\n::1\\tlocalhost ip6-localhost ip6-loopback\\n' > %1$s/root/etc/hosts
                """.formatted(dir, golden.rootfs(), hostname())).run();
        nspawn = BackgroundProcess.start("target-t" + index, List.of("systemd-nspawn", "--boot",
                "--directory=" + root, "--machine=" + hostname(), "--register=no", "--keep-unit",
                "--network-namespace-path=" + network.namespacePath(), "--capability=CAP_NET_ADMIN", "--resolv-conf=off", "--timezone=off",
                "--console=pipe"), Map.of(), Duration.ofSeconds(20));
        initPid = awaitInit(Duration.ofSeconds(30));
        awaitSystemdManager(Duration.ofSeconds(30));
        sshClient = OpenSshClient.pinned(user(), address(), sshPort(), privateKey(), hostPublicKeys(), dir.resolve("known_hosts"));
        HostCommand.Result state = root("systemctl is-system-running --wait").timeout(Duration.ofMinutes(2)).runAllowingFailure();
        if (!state.output().strip().equals("running")) {
            throw new TestBedException("target " + hostname() + " booted " + state.output().strip() + ":\n"
                    + root("systemctl --failed --no-pager; journalctl -b -p warning --no-pager | tail -30").runAllowingFailure().output());
        }
        awaitSsh(Duration.ofSeconds(30));
    }

    /** The container's PID 1 as seen from this machine: the descendant of nspawn whose PID in its own namespace is 1. */
    private long awaitInit(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            nspawn.requireAlive();
            Optional<Long> init = ProcessHandle.of(nspawn.pid()).stream().flatMap(ProcessHandle::descendants)
                    .map(ProcessHandle::pid).filter(DebianTarget::isNamespaceInit).findFirst();
            if (init.isPresent()) {
                return init.get();
            }
            Ports.sleep(20);
        }
        throw new TestBedException("target " + hostname() + " did not start its init; nspawn's log ends:\n" + nspawn.logTail(30));
    }

    /** systemctl refuses to talk to a systemd that has not yet set up its private socket. */
    private void awaitSystemdManager(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (root("test -S /run/systemd/private").runAllowingFailure().exitCode() != 0) {
            nspawn.requireAlive();
            if (System.nanoTime() > deadline) {
                throw new TestBedException("systemd in " + hostname() + " did not come up; nspawn's log ends:\n" + nspawn.logTail(30));
            }
            Ports.sleep(20);
        }
    }

    private static boolean isNamespaceInit(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .anyMatch(line -> line.startsWith("NSpid:") && line.trim().endsWith("\t1") && line.split("\\s+").length == 3);
        } catch (IOException e) {
            return false;
        }
    }

    private void awaitSsh(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HostCommand.Result last;
        do {
            last = ssh("true").timeout(Duration.ofSeconds(10)).runAllowingFailure();
            if (last.exitCode() == 0) {
                return;
            }
            Ports.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new TestBedException("ssh to " + hostname() + " does not work: " + last.output());
    }

    /** Restarts sshd (after a test changed its configuration) and returns once logging in works again. */
    public void restartSsh() {
        root("sshd -t && systemctl reset-failed ssh && systemctl restart ssh").run();
        awaitSsh(Duration.ofSeconds(30));
    }

    public String hostname() {
        return "target" + index;
    }

    /** Resolves to this target in the test bed's DNS (for the target itself and for the ACME CA). */
    public String domain() {
        return "meet-" + index + TEST_DOMAIN_SUFFIX;
    }

    public String address() {
        return network.address();
    }

    /**
     * The target's link-local IPv6 address with this machine's zone ({@code fe80::…%omtb0}): the test bed
     * routes no IPv6, but over the one link between them this machine reaches the target by IPv6 too.
     */
    public String ipv6LinkLocal() {
        String address = root("ip -6 -o addr show dev eth0 scope link | awk '{sub(/\\/.*/, \"\", $4); print $4; exit}'").run()
                .output().strip();
        if (address.isEmpty()) {
            throw new TestBedException("target " + hostname() + " has no link-local IPv6 address");
        }
        return address + "%" + network.hostInterface();
    }

    public int sshPort() {
        return 22;
    }

    /** The sudo user; it has a password ({@link #password()}) and a key ({@link #privateKey()}). */
    public String user() {
        return golden.user();
    }

    public String password() {
        return golden.password();
    }

    public Path privateKey() {
        return golden.privateKey();
    }

    public List<Path> hostPublicKeys() {
        return golden.hostPublicKeys();
    }

    /** A command run over SSH as {@link #user()}, with the OpenSSH client, the key and a pinned known_hosts. */
    /** The SHA-256 fingerprint of the target's ED25519 host key as ssh prints it ({@code SHA256:...}). */
    public String hostKeyFingerprint() {
        Path key = hostPublicKeys().stream().filter(p -> p.toString().contains("ed25519")).findFirst().orElseThrow();
        return HostCommand.of("ssh-keygen", "-l", "-f", key.toString()).run().output().split(" ")[1];
    }

    public HostCommand ssh(String command) {
        return sshClient.command(command);
    }

    /** A script run as root inside the target, entered from this machine rather than over SSH. */
    public HostCommand root(String script) {
        return HostCommand.of("nsenter", "--target", Long.toString(initPid), "--mount", "--uts", "--ipc", "--net",
                "--pid", "--root", "--wd", "--", "env", "-i", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "HOME=/root", "LANG=C.UTF-8", "bash", "-euo", "pipefail", "-c", script);
    }

    /** An orderly halt (SIGTERM to nspawn), then the overlay and the namespace are thrown away; once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (nspawn != null) {
            PhaseTimer.time("target halt", nspawn::close);
        }
        network.close();
        discardOverlay(dir);
        try {
            dns.removeA(domain());
        } catch (TestBedException e) {
            System.out.println("[testbed] " + e.getMessage());
        }
    }

    public static void discardOverlay(Path dir) {
        HostCommand.bash("""
                if mountpoint -q %1$s/root; then umount %1$s/root || umount -l %1$s/root; fi
                rm -rf --one-file-system %1$s
                """.formatted(dir)).runAllowingFailure();
    }

    @Override
    public String toString() {
        return hostname() + " (" + address() + ", " + domain() + ")";
    }
}
