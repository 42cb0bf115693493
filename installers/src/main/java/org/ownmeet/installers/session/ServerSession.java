package org.ownmeet.installers.session;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.Engine;
import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.engine.StandardInstallers;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.SshConnector;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.SshSettings;
import org.ownmeet.installers.ssh.hostkey.HostKey;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.installers.ssh.problem.HostKeyNotTrustedProblem;
import org.ownmeet.installers.verify.VerificationReport;

/**
 * One connection to one server and the engine's work on it, as the command line and the wizard both
 * use it: connect (asking the {@link HostKeyDecision} on first contact and pinning what it trusts),
 * then plan, apply and verify a profile. Every failure is a {@link org.ownmeet.installers.problem.Problem}.
 */
public final class ServerSession implements AutoCloseable {
    private final SshSession ssh;
    private final Engine engine;

    private ServerSession(SshSession ssh, Engine engine) {
        this.ssh = ssh;
        this.engine = engine;
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
        return new ServerSession(ssh, StandardInstallers.engine());
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

    public Plan plan(Profile profile, ApplyOptions options) {
        return engine.plan(ssh, profile, options);
    }

    public ApplyResult apply(Profile profile, ApplyOptions options, EngineListener listener) {
        return engine.apply(ssh, profile, options, listener);
    }

    /**
     * Stops the running {@link #apply} from another thread: the remote command running now is ended
     * (with everything it started on the server) and no further step begins; apply then throws
     * {@link ApplyCancelledProblem} saying what was done and what is left. A re-run converges.
     */
    public void cancel() {
        // TODO(session): reach the running remote command and stop at the engine's next safe point
    }

    public VerificationReport verify(Profile profile) {
        return engine.verify(ssh, profile);
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
