package org.ownmeet.installers.ssh;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

import org.ownmeet.installers.ssh.hostkey.PinnedHostKeyVerifier;
import org.ownmeet.installers.ssh.problem.ConnectionLostProblem;
import org.ownmeet.installers.ssh.problem.ConnectionRefusedProblem;
import org.ownmeet.installers.ssh.problem.ConnectionTimedOutProblem;
import org.ownmeet.installers.ssh.problem.HostKeyChangedProblem;
import org.ownmeet.installers.ssh.problem.HostKeyNotTrustedProblem;
import org.ownmeet.installers.ssh.problem.NetworkUnreachableProblem;
import org.ownmeet.installers.ssh.problem.SshProblem;
import org.ownmeet.installers.ssh.problem.UnknownHostProblem;

/** Turns what the network and SSHJ throw while connecting into an {@link SshProblem} a person understands. */
final class ConnectionErrors {
    private ConnectionErrors() {
    }

    static SshProblem whileConnecting(SshTarget target, PinnedHostKeyVerifier verifier, Duration timeout, IOException e) {
        switch (verifier.outcome()) {
            case UNKNOWN:
                return new HostKeyNotTrustedProblem(target.host(), target.port(), verifier.offered());
            case CHANGED:
                return new HostKeyChangedProblem(target.host(), target.port(), verifier.pinnedAtVerification(), verifier.offered());
            default:
                break;
        }
        if (e instanceof UnknownHostException) {
            return new UnknownHostProblem(target.host(), e);
        }
        if (e instanceof ConnectException && !(e instanceof NoRouteToHostException)) {
            String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            return message.contains("refused") ? new ConnectionRefusedProblem(target.host(), target.port(), e)
                    : new NetworkUnreachableProblem(target.host(), target.port(), e);
        }
        if (e instanceof SocketTimeoutException || e instanceof NoRouteToHostException) {
            return new ConnectionTimedOutProblem(target.host(), target.port(), timeout, e);
        }
        return new ConnectionLostProblem(target.host(), "connecting", e);
    }

    static SshProblem duringLogin(SshTarget target, IOException e) {
        return new ConnectionLostProblem(target.host(), "logging in", e);
    }
}
