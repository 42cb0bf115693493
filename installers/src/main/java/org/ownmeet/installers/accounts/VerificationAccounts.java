package org.ownmeet.installers.accounts;

import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.verify.TemporaryAccount;
import org.ownmeet.installers.verify.TemporaryAccounts;

/** The verifier's temporary host account, made and removed over SSH; a run cut off in between leaves one the next apply removes. */
public final class VerificationAccounts implements TemporaryAccounts {
    private final SshSession session;
    private final String domain;

    public VerificationAccounts(SshSession session, String domain) {
        this.session = session;
        this.domain = domain;
    }

    @Override
    public TemporaryAccount create() {
        TemporaryAccount account = TemporaryAccount.generate();
        ProsodyAccountCommands.create(session, account.username(), domain, account.password());
        return account;
    }

    @Override
    public void delete(String username) {
        ProsodyAccountCommands.delete(session, username, domain);
    }
}
