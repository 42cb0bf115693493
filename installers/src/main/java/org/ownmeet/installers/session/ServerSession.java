package org.ownmeet.installers.session;

import java.time.Duration;
import java.util.List;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.Cancellation;
import org.ownmeet.installers.engine.Engine;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.packages.JitsiVersions;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.SshConnector;
import org.ownmeet.installers.ssh.SshLogin;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshSettings;
import org.ownmeet.installers.ssh.hostkey.HostKey;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.installers.ssh.problem.HostKeyNotTrustedProblem;
import org.ownmeet.installers.standard.StandardInstallers;
import org.ownmeet.installers.upkeep.health.ServerHealth;
import org.ownmeet.installers.verify.HealthFinding;
import org.ownmeet.installers.verify.VerificationReport;

/**
 * One connection to one server and the engine's work on it, as the command line and the wizard both
 * use it: connect (asking the {@link HostKeyDecision} on first contact and pinning what it trusts),
 * then plan, apply and verify a profile. Every failure is a {@link org.ownmeet.installers.problem.Problem}.
 */
public final class ServerSession implements AutoCloseable {
    private final SshSession ssh;
    private final Engine engine;
    private static final Duration SWEEP = Duration.ofMillis(200);
    /** The running apply's, or null between runs. */
    private volatile Cancellation running;

    /** Logged in with a key (a key file or the agent), not a password. */
    private final boolean keyLogin;

    private ServerSession(SshSession ssh, Engine engine, boolean keyLogin) {
        this.ssh = ssh;
        this.engine = engine;
        this.keyLogin = keyLogin;
    }

    /**
     * Connects and logs in. A key seen for the first time is shown to {@code decision}; if it trusts the
     * key, the key is pinned in {@code knownHosts} and the login goes on, else the
     * {@link HostKeyNotTrustedProblem} is thrown. A changed key is always a
     * {@link org.ownmeet.installers.ssh.problem.HostKeyChangedProblem}.
     */
    public static ServerSession open(ServerLogin login, KnownHosts knownHosts, HostKeyDecision decision, EngineListener listener) {
        SshConnector connector = new SshConnector(knownHosts, SshSettings.defaults());
        SshSession ssh;
        try {
            ssh = connector.connect(login.target(), login.login(), login.sudoPassword(), listener::on);
        } catch (HostKeyNotTrustedProblem firstContact) {
            if (!decision.trust(server(login), firstContact.offered())) {
                throw firstContact;
            }
            knownHosts.pin(login.target().host(), login.target().port(), firstContact.offered());
            ssh = connector.connect(login.target(), login.login(), login.sudoPassword(), listener::on);
        }
        return new ServerSession(ssh, StandardInstallers.engine(), !(login.login() instanceof SshLogin.Password));
    }

    private static String server(ServerLogin login) {
        return login.target().port() == 22 ? login.target().host() : login.target().host() + ":" + login.target().port();
    }

    /** Starts the work that needs no server (templates) while the connection is made. */
    public static void prepare(Profile profile) {
        StandardInstallers.engine().prepare(profile);
    }

    public HostKey hostKey() {
        return ssh.hostKey();
    }

    /**
     * Reads what the server is (system, cores, memory, disk, addresses, Jitsi or OwnMeet already there)
     * in one round trip, and checks that the login can become root, so that sudo problems are said now.
     */
    public Preflight preflight() {
        return PreflightProbe.parse(ssh.run(PreflightProbe.script()).requireSuccess().stdout());
    }

    /**
     * Reads what the server holds for managing it, in one round trip: OwnMeet's record (the profile it
     * applied and its journal), Prosody's host accounts, Jitsi's domain and the installed versions.
     */
    public AppliedRecord appliedRecord() {
        return AppliedRecordProbe.parse(ssh.run(AppliedRecordProbe.script()).requireSuccess().stdout());
    }

    public Plan plan(Profile profile, ApplyOptions options) {
        return engine.plan(ssh, profile, options);
    }

    /**
     * Makes the plan's changes. May be cancelled from another thread ({@link #cancel()}): then it throws
     * {@link ApplyCancelledProblem}, and the session is ready for the next apply, which finishes the rest.
     */
    public ApplyResult apply(Profile profile, ApplyOptions options, EngineListener listener) {
        Cancellation cancellation = new Cancellation();
        running = cancellation;
        try {
            return engine.apply(ssh, profile, options, listener, cancellation);
        } catch (Cancellation.Stopped stopped) {
            ApplyCancelledProblem problem = new ApplyCancelledProblem(stopped.done(), stopped.left(), stopped.newHosts());
            if (stopped.getCause() != null) {
                problem.addSuppressed(stopped.getCause());
            }
            throw problem;
        } finally {
            running = null;
        }
    }

    /**
     * Stops the running {@link #apply} from another thread: the remote command running now is ended
     * (with everything it started on the server; writing files and putting them back are let finish)
     * and no further step begins; apply then throws {@link ApplyCancelledProblem} saying what was done
     * and what is left. A re-run converges. A plan, preflight or verify running now ends with a
     * {@link org.ownmeet.installers.ssh.problem.CommandCancelledProblem}. Returns at once; the ending on
     * the server happens on a thread of its own (it takes up to a few seconds).
     */
    public void cancel() {
        Cancellation cancellation = running;
        if (cancellation != null) {
            cancellation.request();
        }
        Thread ending = new Thread(() -> endRemoteCommands(cancellation), "ownmeet-cancel");
        ending.setDaemon(true);
        ending.start();
    }

    /**
     * Ends the commands running now; while the cancelled apply goes on, again every moment, so that a
     * command it started just as the cancel came (after its last look at the request) is ended too.
     * Whatever such a sweep ends, the engine stops consistently: files are written and put back to the end.
     */
    private void endRemoteCommands(Cancellation cancellation) {
        do {
            ssh.cancelRunning();
            try {
                Thread.sleep(SWEEP.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (cancellation != null && running == cancellation);
    }

    public VerificationReport verify(Profile profile) {
        return StandardInstallers.verification().verify(ssh, profile);
    }

    /** How the server is doing, as verify reports it (updates waiting, a restart due, disk, ...), in one round trip. */
    public List<HealthFinding> health(Profile profile) {
        return ServerHealth.read(ssh, profile);
    }

    /** The Jitsi packages the server's lists offer newer than installed ({@code apply --upgrade-jitsi} upgrades them). */
    public JitsiVersions newerJitsi() {
        return JitsiVersions.read(ssh);
    }

    /**
     * This connection logged in with a key, so turning password logins off can be offered (the engine
     * itself goes by sshd's record of the login, and says so in the plan when it differs).
     */
    public boolean loggedInWithKey() {
        return keyLogin;
    }

    /** The profile last applied on this server and its installed versions. */
    public org.ownmeet.installers.engine.AppliedRecord applied() {
        return engine.applied(ssh);
    }

    /** The connection itself, for the engine's own tests and benchmarks. */
    public SshSession ssh() {
        return ssh;
    }

    public int roundTrips() {
        return ssh.roundTrips();
    }

    @Override
    public void close() {
        ssh.close();
    }
}
