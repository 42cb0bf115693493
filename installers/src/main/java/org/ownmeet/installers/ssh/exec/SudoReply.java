package org.ownmeet.installers.ssh.exec;

import org.ownmeet.installers.ssh.problem.NoSudoRightsProblem;
import org.ownmeet.installers.ssh.problem.SshProblem;
import org.ownmeet.installers.ssh.problem.SudoNeedsTtyProblem;
import org.ownmeet.installers.ssh.problem.SudoPasswordMissingProblem;
import org.ownmeet.installers.ssh.problem.WrongSudoPasswordProblem;

/** Reads what sudo says on stderr before the script starts, and names the problem if it refused. */
public final class SudoReply {
    private SudoReply() {
    }

    /** The problem this line of sudo's output means, or null if it is not one of sudo's refusals. */
    public static SshProblem problem(String user, String line) {
        String text = line.strip();
        if (text.contains("is not in the sudoers file") || text.contains("is not allowed to run sudo")
                || text.contains("may not run sudo") || text.endsWith("sudo: command not found")) {
            return new NoSudoRightsProblem(user, text);
        }
        if (text.contains("you must have a tty") || text.contains("a terminal is required")) {
            return new SudoNeedsTtyProblem(user, text);
        }
        if (text.equals("Sorry, try again.") || text.contains("incorrect password attempt")) {
            return new WrongSudoPasswordProblem(user, text);
        }
        if (text.contains("a password is required")) {
            return new SudoPasswordMissingProblem(user);
        }
        return null;
    }
}
