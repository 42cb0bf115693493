package org.ownmeet.installers.sshlogin;

import java.util.List;

import org.ownmeet.installers.guard.UndoTimer;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * sshd's setting that turns password logins off: a file of OwnMeet's own in {@code sshd_config.d},
 * named to come first, because sshd keeps the first value it reads (a cloud image's
 * {@code 50-cloud-init.conf} often says {@code PasswordAuthentication yes}).
 */
final class PasswordLogins {
    static final String FILE = "/etc/ssh/sshd_config.d/00-ownmeet-logins.conf";
    /**
     * Has sshd read its settings again. sshd starts itself anew on a reload and refuses connections
     * until it listens again, so this waits for that (a new login right after would be refused).
     */
    static final String RELOAD = ScriptResource.text(PasswordLogins.class, "reload-sshd.sh");
    /** Puts the file back as it was (or removes it) and has sshd read its settings again. */
    static final UndoTimer TIMER = new UndoTimer("ssh-login", List.of(FILE), "", RELOAD, "turning SSH password logins off");

    private PasswordLogins() {
    }

    static String off() {
        return """
                # OwnMeet: logins with a key only (the option "turn SSH password logins off").
                PasswordAuthentication no
                KbdInteractiveAuthentication no
                """;
    }
}
