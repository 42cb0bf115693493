package org.ownmeet.steps.connection;

import java.util.Map;

import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.ssh.problem.ConnectionRefusedProblem;
import org.ownmeet.installers.ssh.problem.ConnectionTimedOutProblem;
import org.ownmeet.installers.ssh.problem.HostKeyNotTrustedProblem;
import org.ownmeet.installers.ssh.problem.KeyFileUnreadableProblem;
import org.ownmeet.installers.ssh.problem.KeyNeedsPassphraseProblem;
import org.ownmeet.installers.ssh.problem.KeyRejectedProblem;
import org.ownmeet.installers.ssh.problem.NetworkUnreachableProblem;
import org.ownmeet.installers.ssh.problem.NoSudoRightsProblem;
import org.ownmeet.installers.ssh.problem.SudoNeedsTtyProblem;
import org.ownmeet.installers.ssh.problem.SudoPasswordMissingProblem;
import org.ownmeet.installers.ssh.problem.UnknownHostProblem;
import org.ownmeet.installers.ssh.problem.WrongKeyPassphraseProblem;
import org.ownmeet.installers.ssh.problem.WrongPasswordProblem;
import org.ownmeet.installers.ssh.problem.WrongSudoPasswordProblem;

/** The places on the page where a message can appear: each input, or under the Connect button. */
public enum ConnectionField {
    HOST, PORT, USER, PASSWORD, KEY_FILE, PASSPHRASE, SUDO_PASSWORD, GENERAL;

    private static final Map<Class<? extends Problem>, ConnectionField> PLACES = Map.ofEntries(
            Map.entry(UnknownHostProblem.class, HOST),
            Map.entry(ConnectionTimedOutProblem.class, HOST),
            Map.entry(NetworkUnreachableProblem.class, HOST),
            Map.entry(HostKeyNotTrustedProblem.class, HOST),
            Map.entry(ConnectionRefusedProblem.class, PORT),
            Map.entry(NoSudoRightsProblem.class, USER),
            Map.entry(SudoNeedsTtyProblem.class, USER),
            Map.entry(KeyFileUnreadableProblem.class, KEY_FILE),
            Map.entry(KeyNeedsPassphraseProblem.class, PASSPHRASE),
            Map.entry(WrongKeyPassphraseProblem.class, PASSPHRASE),
            Map.entry(SudoPasswordMissingProblem.class, SUDO_PASSWORD),
            Map.entry(WrongSudoPasswordProblem.class, SUDO_PASSWORD));

    /** Where the message for {@code problem} belongs: at the input it concerns, else under the Connect button. */
    public static ConnectionField of(Problem problem, LoginMethod method) {
        if (problem instanceof WrongPasswordProblem) {
            return method == LoginMethod.PASSWORD ? PASSWORD : USER;
        }
        if (problem instanceof KeyRejectedProblem) {
            return method == LoginMethod.KEY_FILE ? KEY_FILE : GENERAL;
        }
        return PLACES.getOrDefault(problem.getClass(), GENERAL);
    }
}
