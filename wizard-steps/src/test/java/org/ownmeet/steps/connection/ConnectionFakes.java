package org.ownmeet.steps.connection;

import java.util.List;
import java.util.function.Function;

import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.session.HostKeyDecision;
import org.ownmeet.installers.session.Preflight;
import org.ownmeet.installers.session.ServerLogin;
import org.ownmeet.installers.ssh.hostkey.HostKey;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.installers.ssh.problem.HostKeyNotTrustedProblem;

/** A server for the connection step's tests: asks about its key like the engine on first contact, then answers or fails. */
final class ConnectionFakes {
    static final HostKey KEY = new HostKey("ssh-ed25519", "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl");

    private ConnectionFakes() {
    }

    static Preflight debian() {
        return new Preflight("Debian GNU/Linux 12 (bookworm)", true, null, 4, 8192, 40960, List.of("203.0.113.10", "2001:db8::10"),
                false, false, null);
    }

    static Preflight centos() {
        return new Preflight("CentOS Stream 9", false, Notice.of("system.unsupported",
                "OwnMeet sets up Debian 12 or 13 and Ubuntu 22.04 or 24.04; this server runs CentOS Stream 9.", "CentOS Stream 9"), 2, 2048, 10240,
                List.of("203.0.113.10"), false, false, null);
    }

    static final class FakeServer implements ServerConnector {
        Function<ServerLogin, RuntimeException> failure = login -> null;
        Preflight preflight = debian();
        ServerLogin last;
        int calls;

        @Override
        public Connected connect(ServerLogin login, KnownHosts knownHosts, HostKeyDecision decision) {
            calls++;
            last = login;
            String host = login.target().host();
            if (knownHosts.pinned(host, login.target().port()).isEmpty()) {
                if (!decision.trust(host, KEY)) {
                    throw new HostKeyNotTrustedProblem(host, login.target().port(), KEY);
                }
                knownHosts.pin(host, login.target().port(), KEY);
            }
            RuntimeException problem = failure.apply(login);
            if (problem != null) {
                throw problem;
            }
            return new Connected(null, preflight);
        }
    }
}
