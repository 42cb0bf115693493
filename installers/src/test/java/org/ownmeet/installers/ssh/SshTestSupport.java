package org.ownmeet.installers.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.installers.ssh.event.SshEventListener;
import org.ownmeet.installers.ssh.hostkey.HostKey;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.testbed.target.DebianTarget;

/** Connecting to the test bed's servers the way the wizard will, with the server's key already confirmed. */
public final class SshTestSupport {
    private SshTestSupport() {
    }

    /** A key from an OpenSSH {@code .pub} file ({@code algorithm base64 comment}). */
    public static HostKey hostKey(Path publicKeyFile) {
        try {
            String[] fields = Files.readString(publicKeyFile).strip().split(" ");
            return new HostKey(fields[0], fields[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HostKey hostKey(List<Path> publicKeyFiles, String type) {
        return publicKeyFiles.stream().map(SshTestSupport::hostKey).filter(k -> k.type().equals(type)).findFirst().orElseThrow();
    }

    /** known_hosts in {@code dir} with the target's ED25519 key pinned, as after the user confirmed it. */
    public static KnownHosts knownHostsTrusting(Path dir, String host, int port, HostKey key) {
        KnownHosts knownHosts = new KnownHosts(dir.resolve("known_hosts"));
        knownHosts.pin(host, port, key);
        return knownHosts;
    }

    public static SshTarget target(DebianTarget target) {
        return new SshTarget(target.address(), target.sshPort(), target.user());
    }

    public static SshSession connectWithPassword(DebianTarget target, Path dir, SshEventListener listener) {
        KnownHosts knownHosts = knownHostsTrusting(dir, target.address(), target.sshPort(), hostKey(target.hostPublicKeys(), "ED25519"));
        return new SshConnector(knownHosts, SshSettings.defaults())
                .connect(target(target), new SshLogin.Password(Secret.of(target.password())), null, listener);
    }

    /** Keeps every event, for tests to look at. */
    public static final class RecordedEvents implements SshEventListener {
        private final List<SshEvent> events = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

        @Override
        public void on(SshEvent event) {
            events.add(event);
        }

        public List<SshEvent> all() {
            synchronized (events) {
                return List.copyOf(events);
            }
        }

        public List<SshEvent.OutputLine> lines(SshEvent.Stream stream) {
            return all().stream().filter(SshEvent.OutputLine.class::isInstance).map(SshEvent.OutputLine.class::cast)
                    .filter(l -> l.stream() == stream).toList();
        }

        @Override
        public String toString() {
            return all().toString();
        }
    }
}
