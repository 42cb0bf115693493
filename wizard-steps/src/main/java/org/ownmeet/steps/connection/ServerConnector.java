package org.ownmeet.steps.connection;

import org.ownmeet.installers.engine.EngineListener;
import org.ownmeet.installers.session.HostKeyDecision;
import org.ownmeet.installers.session.Preflight;
import org.ownmeet.installers.session.ServerLogin;
import org.ownmeet.installers.session.ServerSession;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;

/**
 * Connects to the server and reads what it is, in one go on the background thread. Every failure is
 * one of the engine's {@link org.ownmeet.installers.problem.Problem}s; tests pass fakes that throw them.
 */
@FunctionalInterface
public interface ServerConnector {

    Connected connect(ServerLogin login, KnownHosts knownHosts, HostKeyDecision decision);

    /** The open connection and what the server is. */
    record Connected(ServerSession session, Preflight preflight) {
    }

    /** The engine's: log in (asking {@code decision} on first contact), then the preflight probe. */
    static ServerConnector engine() {
        return (login, knownHosts, decision) -> {
            ServerSession session = ServerSession.open(login, knownHosts, decision, EngineListener.NONE);
            try {
                return new Connected(session, session.preflight());
            } catch (RuntimeException e) {
                session.close();
                throw e;
            }
        };
    }
}
