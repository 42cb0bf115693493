package org.ownmeet.installers.logging;

import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.ssh.exec.RemoteScript;

/**
 * With 0 days the journal lives in memory only; the journal files stored on disk before are deleted.
 * journald is restarted first, so it has switched to memory and no longer writes to them.
 */
record ForgetStoredJournal() implements ActionChange {

    @Override
    public String summary() {
        return "Delete the system journal stored on disk: with 0 days it is kept in memory only";
    }

    @Override
    public String detail() {
        return "systemctl restart " + JournalRetention.SERVICE + ", then the files under " + JournalRetention.STORED
                + " are deleted";
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    @Override
    public void apply(ApplyContext context) {
        context.session().run(RemoteScript.asRoot("delete the stored system journal", "systemctl restart "
                + JournalRetention.SERVICE + "\nfind " + JournalRetention.STORED + " -type f -name '*.journal*' -delete\n"))
                .requireSuccess();
    }
}
