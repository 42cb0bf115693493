package org.ownmeet.installers.ssh;

import java.io.IOException;
import java.util.function.Supplier;

import net.schmizz.sshj.SSHClient;
import org.ownmeet.installers.ssh.exec.Privilege;
import org.ownmeet.installers.ssh.exec.RemoteRun;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.RunResult;
import org.ownmeet.installers.ssh.exec.ScriptRunner;
import org.ownmeet.installers.ssh.files.RemoteFiles;
import org.ownmeet.installers.ssh.hostkey.HostKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The logged-in connection to one server for a whole run: scripts and file work go over it. */
public final class SshSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SshSession.class);
    private final SSHClient client;
    private final SshTarget target;
    private final HostKey hostKey;
    private final ScriptRunner runner;
    private final RemoteFiles files;
    private final Supplier<SshSession> loginAgain;

    SshSession(SSHClient client, SshTarget target, HostKey hostKey, ScriptRunner runner, Supplier<SshSession> loginAgain) {
        this.client = client;
        this.target = target;
        this.hostKey = hostKey;
        this.runner = runner;
        this.files = new RemoteFiles(runner);
        this.loginAgain = loginAgain;
    }

    public RunResult run(RemoteScript script) {
        return runner.run(script);
    }

    /** Runs a script whose events (e.g. its output lines) also go to {@code alsoTo}, for a caller that reacts to them. */
    public RunResult run(RemoteScript script, org.ownmeet.installers.ssh.event.SshEventListener alsoTo) {
        return runner.start(script, alsoTo).await();
    }

    /** Starts a script and returns at once, for a caller that wants to cancel it. */
    public RemoteRun start(RemoteScript script) {
        return runner.start(script);
    }

    /**
     * Ends the scripts running on this connection now (see {@link ScriptRunner#cancelRunning()}), from
     * any thread; waits until the server has ended them. The connection stays usable.
     */
    public void cancelRunning() {
        runner.cancelRunning();
    }

    public RemoteFiles files() {
        return files;
    }

    public SshTarget target() {
        return target;
    }

    public HostKey hostKey() {
        return hostKey;
    }

    /** How root is reached on this server; found out on the first call (see {@link #checkAdministratorRights()}). */
    public Privilege privilege() {
        return runner.privilege();
    }

    /**
     * Runs a harmless script as root, so that "no sudo rights", "sudo needs a terminal" or a wrong sudo
     * password is said now (the wizard's connection step), not at the first change.
     */
    public void checkAdministratorRights() {
        run(RemoteScript.asRoot("check administrator rights", "true").quiet()).requireSuccess();
    }

    /**
     * Logs in anew, on a connection of its own: the same server and port, its key checked against the
     * same pinned keys, the same login and sudo password. It proves that someone who connects now still
     * gets in (after a firewall change, say), which this connection, open since before, cannot. The
     * caller closes it; this session is not touched.
     */
    public SshSession freshLogin() {
        return loginAgain.get();
    }

    /** Channels opened on this connection so far: each is one round trip to the server. */
    public int roundTrips() {
        return runner.channelsOpened();
    }

    public boolean isConnected() {
        return client.isConnected() && client.isAuthenticated();
    }

    @Override
    public void close() {
        try {
            client.disconnect();
        } catch (IOException e) {
            LOG.debug("while disconnecting from {}: {}", target, e.getMessage());
        }
    }
}
