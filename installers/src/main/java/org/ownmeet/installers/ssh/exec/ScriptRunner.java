package org.ownmeet.installers.ssh.exec;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.Session;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.event.SshEventListener;

/**
 * Runs scripts over one SSH connection: each script gets a channel of its own on the same
 * connection. Counts the channels it opened, which is the number of round trips a run costs.
 */
public final class ScriptRunner {
    private final SSHClient client;
    private final String host;
    private final String user;
    private volatile Privilege privilege;
    private final Secret sudoPassword;
    private final SshEventListener listener;
    private final Duration defaultTimeout;
    private final AtomicInteger channels;
    /** The cancellable scripts running now, on this runner and on those {@link #withPrivilege} made from it. */
    private final Set<RemoteRun> running;

    public ScriptRunner(SSHClient client, String host, String user, Privilege privilege, Secret sudoPassword,
                        SshEventListener listener, Duration defaultTimeout) {
        this(client, host, user, privilege, sudoPassword, listener, defaultTimeout, new AtomicInteger(),
                ConcurrentHashMap.newKeySet());
    }

    private ScriptRunner(SSHClient client, String host, String user, Privilege privilege, Secret sudoPassword,
                         SshEventListener listener, Duration defaultTimeout, AtomicInteger channels, Set<RemoteRun> running) {
        this.channels = channels;
        this.running = running;
        this.client = client;
        this.host = host;
        this.user = user;
        this.privilege = privilege;
        this.sudoPassword = sudoPassword;
        this.listener = listener;
        this.defaultTimeout = defaultTimeout;
    }

    /**
     * How scripts that need root get it, found out on first need (see {@link PrivilegeCheck}); a user
     * without sudo rights can still log in and run scripts as themselves.
     */
    public Privilege privilege() {
        Privilege known = privilege;
        if (known == null) {
            synchronized (this) {
                if (privilege == null) {
                    privilege = PrivilegeCheck.find(user, sudoPassword, this);
                }
                known = privilege;
            }
        }
        return known;
    }

    /** The same connection, becoming root another way; channels are counted together. */
    public ScriptRunner withPrivilege(Privilege other) {
        return new ScriptRunner(client, host, user, other, sudoPassword, listener, defaultTimeout, channels, running);
    }

    /** Starts the script and returns at once; {@link RemoteRun#await()} waits for its end. */
    public RemoteRun start(RemoteScript script) {
        return start(script, SshEventListener.NONE);
    }

    /** Starts the script; its events go to {@code alsoTo} as well as to the session's listener. */
    public RemoteRun start(RemoteScript script, SshEventListener alsoTo) {
        if (script.root()) {
            privilege();
        }
        RemoteScript bounded = script.timeout() == null ? script.withTimeout(defaultTimeout) : script;
        RemoteRun run = new RemoteRun(this, bounded, alsoTo);
        if (bounded.cancellable()) {
            running.add(run);
        }
        try {
            run.begin();
        } catch (RuntimeException e) {
            running.remove(run);
            throw e;
        }
        return run;
    }

    /**
     * Ends the scripts running now, each with everything it started on the server (TERM, then KILL),
     * except those that must {@link RemoteScript#runToTheEnd() run to the end}; their callers get a
     * {@link org.ownmeet.installers.ssh.problem.CommandCancelledProblem}. Scripts started afterwards run
     * as usual. Waits until the server has ended them.
     */
    public void cancelRunning() {
        for (RemoteRun run : List.copyOf(running)) {
            run.cancel();
        }
    }

    /** The run ended (or was given up on): it is no longer one to cancel. */
    void ended(RemoteRun run) {
        running.remove(run);
    }

    public RunResult run(RemoteScript script) {
        return start(script).await();
    }

    public int channelsOpened() {
        return channels.get();
    }

    Session.Command open(String commandLine) throws java.io.IOException {
        if (!isConnected()) {
            throw new java.io.IOException("the connection is closed");
        }
        channels.incrementAndGet();
        try {
            Session session = client.startSession();
            // window adjustments from SSHJ's one reader thread: adjusting from the two threads that read
            // stdout and stderr races with incoming data ("Window consumed to below 0")
            session.setAutoExpand(true);
            return session.exec(commandLine);
        } catch (IllegalStateException e) {
            // SSHJ's "Not connected" when the connection died after the check above
            throw new java.io.IOException(e.getMessage(), e);
        }
    }

    /**
     * Ends every process of a script from a channel of its own: TERM, then KILL after five seconds. That
     * is its process group and every descendant, also those that left the group for a session of their
     * own (apt runs dpkg so, on a terminal of its own) and were orphaned since.
     */
    void killGroup(long pgid, boolean root) {
        String body = ScriptResource.of(ScriptRunner.class, "stop-group.sh").with("GROUP", pgid).text();
        RemoteScript stop = (root ? RemoteScript.asRoot("stop", body) : RemoteScript.asUser("stop", body))
                .quiet().withTimeout(Duration.ofSeconds(30)).runToTheEnd();
        try {
            new RemoteRun(this, stop, SshEventListener.NONE).begin().await();
        } catch (RuntimeException e) {
            // the connection may be gone; the server-side time limit still ends the group
        }
    }

    boolean isConnected() {
        return client.isConnected() && client.getTransport().isRunning();
    }

    String host() {
        return host;
    }

    String user() {
        return user;
    }

    Secret sudoPassword() {
        return sudoPassword;
    }

    /** Hands an event to the session's listener (the file layer reports what it wrote this way too). */
    public void emit(org.ownmeet.installers.ssh.event.SshEvent event) {
        listener.on(event);
    }
}
