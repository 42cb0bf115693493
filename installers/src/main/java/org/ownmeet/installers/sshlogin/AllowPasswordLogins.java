package org.ownmeet.installers.sshlogin;

import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * The option was turned off again: OwnMeet's file goes (kept in this run's backup folder) and sshd
 * follows its own settings again. It can only let more logins in, so it needs no undo timer.
 */
record AllowPasswordLogins() implements ActionChange {

    @Override
    public String summary() {
        return "Let SSH follow its own login settings again (OwnMeet no longer turns password logins off)";
    }

    @Override
    public String detail() {
        return "remove " + PasswordLogins.FILE + ", then sshd -t and reload ssh";
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    @Override
    public void apply(ApplyContext context) {
        String backup = ShellQuote.quote(context.session().files().backupFolder() + PasswordLogins.FILE);
        String file = ShellQuote.quote(PasswordLogins.FILE);
        context.session().run(RemoteScript.asRoot("let sshd follow its own login settings", ScriptResource.of(AllowPasswordLogins.class, "allow-password-logins.sh")
                .with("BACKUP", context.session().files().backupFolder() + PasswordLogins.FILE).with("FILE", PasswordLogins.FILE).text() + PasswordLogins.RELOAD)).requireSuccess();
    }
}
