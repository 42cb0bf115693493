package org.ownmeet.installers.ssh.exec;

import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.problem.SshProblem;
import org.ownmeet.installers.ssh.problem.SudoPasswordMissingProblem;

/**
 * Finds out how this user becomes root: as root already, by sudo without a password
 * ({@code sudo -n}), or by sudo with the password. Runs before the first script that needs root;
 * that script then tries the password, so a refusal is reported before any real work starts.
 */
final class PrivilegeCheck {
    private PrivilegeCheck() {
    }

    static Privilege find(String user, Secret sudoPassword, ScriptRunner runner) {
        if (user.equals("root")) {
            return Privilege.ROOT;
        }
        RunResult withoutPassword = runner.withPrivilege(Privilege.SUDO_WITHOUT_PASSWORD)
                .run(RemoteScript.asUser("check administrator rights", "sudo -n true").quiet());
        if (withoutPassword.succeeded()) {
            return Privilege.SUDO_WITHOUT_PASSWORD;
        }
        for (String line : withoutPassword.stderr()) {
            SshProblem refusal = SudoReply.problem(user, line);
            if (refusal != null && !(refusal instanceof SudoPasswordMissingProblem)) {
                throw refusal;
            }
        }
        if (sudoPassword == null || sudoPassword.isEmpty()) {
            throw new SudoPasswordMissingProblem(user);
        }
        // not tried here: the first script that needs root does, and says as plainly if sudo refuses it
        return Privilege.SUDO_WITH_PASSWORD;
    }
}
