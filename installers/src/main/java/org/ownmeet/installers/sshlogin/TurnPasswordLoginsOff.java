package org.ownmeet.installers.sshlogin;

import java.time.Duration;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.RunResult;
import org.ownmeet.installers.ssh.exec.ScriptResource;
import org.ownmeet.installers.ssh.files.FileWrite;

/**
 * Turns password logins off under the {@link PasswordLogins#TIMER}: arm it, write sshd's file (atomically,
 * with a backup), have sshd check and take it, then log in anew with the same key; only that login stops
 * the timer. If it fails, the change is undone at once over the connection still open (sshd keeps it);
 * if OwnMeet goes away, the timer undoes it.
 *
 * @param content the file to write (a test gives one that also shuts keys out)
 */
record TurnPasswordLoginsOff(String content, Duration window) implements ActionChange {
    static final String CHANGE_LABEL = "have sshd take the new login settings";

    @Override
    public String summary() {
        return "Turn SSH password logins off (logins with a key only)";
    }

    @Override
    public String detail() {
        return PasswordLogins.FILE + ":\n" + content + "Before the change the server sets a timer that turns password logins "
                + "on again after " + window.toSeconds() + " seconds; OwnMeet stops it only once a new login with your key works.";
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    @Override
    public void apply(ApplyContext context) {
        SshSession session = context.session();
        RunResult armed = session.run(RemoteScript.asRoot("arm the undo timer of the login change",
                PasswordLogins.TIMER.armScript(window, "")).quiet()).requireSuccess();
        if (armed.stdout().contains(org.ownmeet.installers.guard.UndoTimer.UNDID_EARLIER)) {
            context.listener().on(new EngineEvent.Note("A change of the SSH logins of an earlier run was never confirmed by a "
                    + "new login; OwnMeet undid it first."));
        }
        session.files().write(FileWrite.of(PasswordLogins.FILE, content).withMode("644"));
        RunResult taken = session.run(RemoteScript.asRoot(CHANGE_LABEL, PasswordLogins.TIMER.changeScript(ScriptResource.text(TurnPasswordLoginsOff.class, "check-logins-off.sh") + PasswordLogins.RELOAD)).runToTheEnd());
        if (taken.exitStatus() == org.ownmeet.installers.guard.UndoTimer.GONE) {
            throw new PasswordLoginsUnconfirmedProblem(window);
        }
        if (!taken.succeeded()) {
            undoNow(session);
            throw new PasswordLoginsRefusedProblem(taken.stdoutText());
        }
        confirm(session);
    }

    private void confirm(SshSession session) {
        SshSession fresh;
        try {
            fresh = session.freshLogin();
        } catch (Problem shutOut) {
            throw cutOff(session, shutOut);
        }
        try (fresh) {
            try {
                fresh.checkAdministratorRights();
            } catch (Problem shutOut) {
                throw cutOff(session, shutOut);
            }
            String answer = fresh.run(RemoteScript.asRoot("confirm the login change from a new login",
                    PasswordLogins.TIMER.confirmScript(session.files().backupFolder())).quiet()).requireSuccess().stdoutText();
            if (!answer.contains(org.ownmeet.installers.guard.UndoTimer.CONFIRMED)) {
                throw new PasswordLoginsUnconfirmedProblem(window);
            }
        }
    }

    private static Problem cutOff(SshSession session, Problem newLogin) {
        undoNow(session);
        return new PasswordLoginsCutOffProblem(session.target().toString(), newLogin);
    }

    private static void undoNow(SshSession session) {
        session.run(RemoteScript.asRoot("undo the login change", PasswordLogins.TIMER.undoNowScript()).quiet()).requireSuccess();
    }
}
