package org.ownmeet.installers.accounts;


import java.util.Arrays;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.ShellQuote;
import org.ownmeet.installers.ssh.exec.RemoteScript;

/**
 * Creates a host account with a new one-time password. {@code prosodyctl adduser} reads the password
 * from stdin (never a command line), and refuses an account that exists, so a password a host chose
 * is never reset, even if the account appeared since the plan was made.
 */
record AddHostAccount(String username, String domain) implements ActionChange {

    @Override
    public String summary() {
        return "Create the host account " + username + "@" + domain + " with a one-time password";
    }

    @Override
    public String detail() {
        return "the password is shown to you once, for the host; they then change it themselves";
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    @Override
    public void apply(ApplyContext context) {
        Secret password = PasswordGenerator.generate();
        byte[] typed = password.utf8();
        byte[] twice = new byte[typed.length * 2 + 2];
        System.arraycopy(typed, 0, twice, 0, typed.length);
        twice[typed.length] = '\n';
        System.arraycopy(typed, 0, twice, typed.length + 1, typed.length);
        twice[twice.length - 1] = '\n';
        Arrays.fill(typed, (byte) 0);
        String jid = username + "@" + domain;
        try {
            context.session().run(RemoteScript.asRoot("create the host account " + jid, """
                    test ! -e %1$s/%2$s.dat || { echo "the account exists already; it is left as it is" >&2; exit 3; }
                    prosodyctl adduser %3$s >/dev/null
                    test -e %1$s/%2$s.dat || { echo "Prosody did not create the account" >&2; exit 1; }
                    """.formatted(ProsodyAccounts.directory(domain), ProsodyAccounts.encode(username), ShellQuote.quote(jid)))
                    .quiet().withData(twice)).requireSuccess();
        } finally {
            Arrays.fill(twice, (byte) 0);
        }
        context.created(username, password);
    }

}
