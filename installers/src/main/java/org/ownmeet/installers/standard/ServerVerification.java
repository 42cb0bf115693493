package org.ownmeet.installers.standard;

import java.util.List;

import org.ownmeet.installers.accounts.VerificationAccounts;
import org.ownmeet.installers.engine.Engine;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.upkeep.health.ServerHealth;
import org.ownmeet.installers.verify.ServerCheck;
import org.ownmeet.installers.verify.ServerChecks;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.installers.verify.Verifier;
import org.ownmeet.installers.verify.VerifyTarget;

/**
 * Checks the server from outside, as participants reach it: HTTPS, a host's login, no anonymous
 * meetings, guests welcome, a host's own password change (with a temporary account, removed after);
 * and around them each installer's checks on the server itself; then the server's health. It lives
 * here, not in the engine, because the temporary account and the health are concerns of their own.
 */
public final class ServerVerification {
    private final List<Installer> installers;

    public ServerVerification(List<Installer> installers) {
        this.installers = List.copyOf(installers);
    }

    public VerificationReport verify(SshSession session, Profile asGiven) {
        Profile profile = Engine.checked(asGiven);
        VerifyTarget target = ServedCertificate.target(session, profile);
        List<ServerCheck> checks = installers.stream().flatMap(installer -> installer.checks(profile).stream()).toList();
        return ServerChecks.around(session, target, checks,
                () -> new Verifier().verify(target, new VerificationAccounts(session, profile.domain())))
                .withHealth(ServerHealth.read(session, profile));
    }
}
