package org.ownmeet.testbed.sshd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.ownmeet.testbed.host.BackgroundProcess;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.host.HostPackages;
import org.ownmeet.testbed.host.OpenSshClient;
import org.ownmeet.testbed.host.PhaseTimer;
import org.ownmeet.testbed.host.Ports;
import org.ownmeet.testbed.host.TestBedPaths;

/**
 * A plain OpenSSH sshd on 127.0.0.1 and a free port, with host keys of its own, for fast tests of
 * the SSH layer. Its one allowed user ({@value #USER}) is a real account of this machine, without
 * sudo rights, with a password and a key made for each instance.
 */
public final class LoopbackSshd implements AutoCloseable {
    public static final String USER = "omtest";
    private final BackgroundProcess daemon;
    private final Path dir;
    private final int port;
    private final String password;
    private final OpenSshClient client;

    private LoopbackSshd(BackgroundProcess daemon, Path dir, int port, String password) {
        this.daemon = daemon;
        this.dir = dir;
        this.port = port;
        this.password = password;
        this.client = OpenSshClient.pinned(USER, host(), port, privateKey(), hostPublicKeys(), dir.resolve("known_hosts"));
    }

    public static LoopbackSshd start() {
        HostPackages.ensureInstalled();
        return PhaseTimer.time("loopback sshd up", () -> {
            int port = Ports.freeLoopbackPort();
            Path dir = TestBedPaths.created(TestBedPaths.run().resolve("sshd-" + port));
            String password = randomPassword();
            HostCommand.bash("""
                    id -u %1$s >/dev/null 2>&1 || useradd --create-home --shell /bin/bash %1$s
                    mkdir -p /run/sshd
                    rm -f %2$s/ssh_host_* %2$s/client_ed25519*
                    for type in ed25519 ecdsa rsa; do ssh-keygen -q -t $type -N '' -C loopback-sshd -f %2$s/ssh_host_${type}_key; done
                    ssh-keygen -q -t ed25519 -N '' -C %1$s@loopback -f %2$s/client_ed25519
                    install -d -m 700 -o %1$s -g %1$s /home/%1$s/.ssh
                    install -m 600 -o %1$s -g %1$s %2$s/client_ed25519.pub /home/%1$s/.ssh/authorized_keys
                    """.formatted(USER, dir)).run();
            HostCommand.of("chpasswd").stdin(USER + ":" + password + "\n").run();
            Path config = dir.resolve("sshd_config");
            write(config, String.join("\n",
                    "Port " + port,
                    "ListenAddress 127.0.0.1",
                    "HostKey " + dir.resolve("ssh_host_ed25519_key"),
                    "HostKey " + dir.resolve("ssh_host_ecdsa_key"),
                    "HostKey " + dir.resolve("ssh_host_rsa_key"),
                    "PidFile " + dir.resolve("sshd.pid"),
                    "AuthorizedKeysFile .ssh/authorized_keys",
                    "PasswordAuthentication yes",
                    "KbdInteractiveAuthentication no",
                    "PermitRootLogin no",
                    "AllowUsers " + USER,
                    "UsePAM yes",
                    "Subsystem sftp internal-sftp",
                    "LogLevel VERBOSE",
                    ""));
            HostCommand.of("/usr/sbin/sshd", "-t", "-f", config.toString()).run();
            BackgroundProcess daemon = BackgroundProcess.start("loopback-sshd-" + port,
                    List.of("/usr/sbin/sshd", "-D", "-e", "-f", config.toString()), Map.of(), Duration.ofSeconds(5));
            Ports.awaitListening(daemon, "127.0.0.1", port, Duration.ofSeconds(10));
            return new LoopbackSshd(daemon, dir, port, password);
        });
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    public Path privateKey() {
        return dir.resolve("client_ed25519");
    }

    public List<Path> hostPublicKeys() {
        return List.of(dir.resolve("ssh_host_ecdsa_key.pub"), dir.resolve("ssh_host_ed25519_key.pub"),
                dir.resolve("ssh_host_rsa_key.pub"));
    }

    /** Lets a further key log in as {@link #user()} (appends its public half to authorized_keys). */
    public void authorize(Path publicKey) {
        HostCommand.bash("cat %1$s >> /home/%2$s/.ssh/authorized_keys".formatted(publicKey, USER)).run();
    }

    /** sshd's own log (it logs to stderr, which goes here): what a server administrator would see. */
    public Path log() {
        return daemon.log();
    }

    /** A command run over SSH as {@link #user()} with the OpenSSH client, the key and a pinned known_hosts. */
    public HostCommand ssh(String command) {
        return client.command(command);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        daemon.close();
        HostCommand.of("rm", "-rf", dir.toString()).runAllowingFailure();
    }
}
