package org.ownmeet.installers.ssh;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.hierynomus.sshj.key.KeyAlgorithm;
import net.schmizz.keepalive.KeepAlive;
import net.schmizz.keepalive.KeepAliveProvider;
import net.schmizz.keepalive.KeepAliveRunner;
import net.schmizz.sshj.DefaultConfig;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.common.Factory;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.event.SshEvent;
import org.ownmeet.installers.ssh.event.SshEventListener;
import org.ownmeet.installers.ssh.exec.ScriptRunner;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.installers.ssh.hostkey.PinnedHostKeyVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the one SSH connection a run uses: the server must show a key pinned in {@link KnownHosts}
 * (on first contact the connection is refused with a {@link org.ownmeet.installers.ssh.problem.HostKeyNotTrustedProblem}
 * carrying the fingerprint to confirm), then the user logs in.
 */
public final class SshConnector {
    private static final Logger LOG = LoggerFactory.getLogger(SshConnector.class);
    private final KnownHosts knownHosts;
    private final SshSettings settings;

    /**
     * Starts SSHJ's first configuration (it registers BouncyCastle and tries every algorithm, about half
     * a second) on a background thread, so it is done by the time a connection is wanted.
     */
    public static void warmUp() {
        Thread warmUp = new Thread(DefaultConfig::new, "ssh-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    public SshConnector(KnownHosts knownHosts, SshSettings settings) {
        this.knownHosts = knownHosts;
        this.settings = settings;
    }

    /**
     * @param sudoPassword the password for sudo, or null to use the login password (if the login has one);
     *                     the login and this password are kept by the session for {@link SshSession#freshLogin()}
     */
    public SshSession connect(SshTarget target, SshLogin login, Secret sudoPassword, SshEventListener listener) {
        SSHClient client = new SSHClient(config());
        try {
            KeepAlive keepAlive = client.getConnection().getKeepAlive();
            keepAlive.setKeepAliveInterval((int) settings.keepAliveInterval().toSeconds());
            if (keepAlive instanceof KeepAliveRunner runner) {
                runner.setMaxAliveCount(settings.keepAliveMaxMissed());
            }
            client.setConnectTimeout((int) settings.connectTimeout().toMillis());
            PinnedHostKeyVerifier verifier = new PinnedHostKeyVerifier(knownHosts, target.host(), target.port());
            client.addHostKeyVerifier(verifier);
            try {
                client.connect(target.host(), target.port());
                // many small request/answer exchanges: without this, Nagle and delayed ACKs add ~40 ms to each
                client.getSocket().setTcpNoDelay(true);
            } catch (IOException e) {
                throw ConnectionErrors.whileConnecting(target, verifier, settings.connectTimeout(), e);
            }
            Authenticator.authenticate(client, target, login);
            Secret forSudo = sudoPassword != null ? sudoPassword : login.defaultSudoPassword().orElse(null);
            ScriptRunner runner = new ScriptRunner(client, target.host(), target.user(), null, forSudo, listener,
                    settings.commandTimeout());
            LOG.info("connected to {} ({})", target, verifier.offered().describe());
            listener.on(new SshEvent.Connected(target.toString(), verifier.offered().describe()));
            return new SshSession(client, target, verifier.offered(), runner, () -> connect(target, login, sudoPassword, listener));
        } catch (RuntimeException e) {
            disconnect(client);
            throw e;
        }
    }

    /** keepalive@openssh.com probes, which notice a dead server (the default heartbeat does not). */
    private static DefaultConfig config() {
        DefaultConfig config = new DefaultConfig();
        config.setKeepAliveProvider(KeepAliveProvider.KEEP_ALIVE);
        config.setKeyAlgorithms(opensshOrder(config.getKeyAlgorithms()));
        return config;
    }

    /** Asks for the host key types in OpenSSH's order (ED25519 first), so first contact shows the key ssh would. */
    private static List<Factory.Named<KeyAlgorithm>> opensshOrder(List<Factory.Named<KeyAlgorithm>> algorithms) {
        List<String> preferred = List.of("ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
                "rsa-sha2-512", "rsa-sha2-256");
        List<Factory.Named<KeyAlgorithm>> sorted = new ArrayList<>(algorithms);
        sorted.sort(Comparator.comparingInt(a -> {
            int rank = preferred.indexOf(a.getName());
            return rank < 0 ? preferred.size() : rank;
        }));
        return sorted;
    }

    private static void disconnect(SSHClient client) {
        try {
            client.disconnect();
        } catch (IOException e) {
            LOG.debug("while disconnecting after a failure: {}", e.getMessage());
        }
    }
}
