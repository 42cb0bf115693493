package org.ownmeet.app.cli;

import java.util.List;

import org.ownmeet.installers.certificates.CertificateRequestFailedProblem;
import org.ownmeet.installers.certificates.NoAddressProblem;
import org.ownmeet.installers.certificates.OtherServerAnswersProblem;
import org.ownmeet.installers.certificates.OwnFilesChangedProblem;
import org.ownmeet.installers.certificates.PointsElsewhereProblem;
import org.ownmeet.installers.certificates.PortClosedProblem;
import org.ownmeet.installers.certificates.UnsafeCertificatePlaceProblem;
import org.ownmeet.installers.certificates.RequestTooSoonProblem;
import org.ownmeet.installers.engine.InvalidProfileProblem;
import org.ownmeet.installers.engine.UnreadableSettingsProblem;
import org.ownmeet.installers.firewall.FirewallUndoPendingProblem;
import org.ownmeet.installers.firewall.SshPortUnknownProblem;
import org.ownmeet.installers.logging.UnreadableLogSettingsProblem;
import org.ownmeet.installers.packages.DomainChangeProblem;
import org.ownmeet.installers.packages.UnsupportedSystemProblem;
import org.ownmeet.installers.packages.WrongSigningKeyProblem;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.session.ApplyCancelledProblem;
import org.ownmeet.installers.ssh.files.DiskFullProblem;
import org.ownmeet.installers.ssh.problem.CommandCancelledProblem;
import org.ownmeet.installers.ssh.problem.CommandFailedProblem;
import org.ownmeet.installers.ssh.problem.CommandTimedOutProblem;
import org.ownmeet.installers.ssh.problem.ExitStatusMissingProblem;
import org.ownmeet.installers.ssh.problem.HostKeyChangedProblem;
import org.ownmeet.installers.ssh.problem.HostKeyNotTrustedProblem;
import org.ownmeet.installers.ssh.problem.SshProblem;
import org.ownmeet.installers.welcome.UnexpectedSiteProblem;

/** The exit status of each problem, as the table in {@code --help} and in the README's command-line section says. */
final class FailureStatus {
    /** Problems that need something outside OwnMeet changed before a run can succeed; not connection problems. */
    private static final List<Class<? extends Problem>> SERVER_NOT_READY = List.of(UnsupportedSystemProblem.class,
            DomainChangeProblem.class, NoAddressProblem.class, PointsElsewhereProblem.class, PortClosedProblem.class,
            OtherServerAnswersProblem.class, RequestTooSoonProblem.class, CertificateRequestFailedProblem.class,
            OwnFilesChangedProblem.class, UnreadableSettingsProblem.class, UnreadableLogSettingsProblem.class,
            SshPortUnknownProblem.class, FirewallUndoPendingProblem.class, UnexpectedSiteProblem.class, DiskFullProblem.class,
            UnsafeCertificatePlaceProblem.class, WrongSigningKeyProblem.class);
    /** Problems of a command on the server, which SshProblem would otherwise count as connection problems. */
    private static final List<Class<? extends Problem>> ON_THE_SERVER = List.of(CommandFailedProblem.class,
            CommandTimedOutProblem.class, ExitStatusMissingProblem.class);

    private FailureStatus() {
    }

    static int of(Problem problem) {
        if (problem instanceof InvalidProfileProblem) {
            return ExitCodes.BAD_INPUT;
        }
        if (problem instanceof HostKeyNotTrustedProblem || problem instanceof HostKeyChangedProblem) {
            return ExitCodes.HOST_KEY;
        }
        if (problem instanceof ApplyCancelledProblem || problem instanceof CommandCancelledProblem) {
            return ExitCodes.CANCELLED;
        }
        if (SERVER_NOT_READY.stream().anyMatch(type -> type.isInstance(problem))) {
            return ExitCodes.SERVER_NOT_READY;
        }
        if (ON_THE_SERVER.stream().anyMatch(type -> type.isInstance(problem))) {
            return ExitCodes.APPLY_FAILED;
        }
        // reaching the server, logging in, becoming root, a lost connection
        if (problem instanceof SshProblem) {
            return ExitCodes.CONNECTION;
        }
        // every other problem is a step on the server that failed (and was undone where it changed files)
        return ExitCodes.APPLY_FAILED;
    }
}
