package org.ownmeet.installers.accounts;

import java.util.Arrays;

import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.ShellQuote;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.exec.RemoteScript;

/**
 * Creating and deleting a Prosody account over SSH. The password travels as data after the script
 * and reaches {@code prosodyctl adduser} through a pipe from bash's own {@code printf}, so it is on
 * no command line; {@code adduser} refuses an existing account, so nothing is ever reset.
 */
public final class ProsodyAccountCommands {
    private ProsodyAccountCommands() {
    }

    public static void create(SshSession session, String username, String domain, Secret password) {
        byte[] line = password.utf8();
        byte[] data = Arrays.copyOf(line, line.length + 1);
        data[line.length] = '\n';
        Arrays.fill(line, (byte) 0);
        String jid = username + "@" + domain;
        try {
            session.run(RemoteScript.asRoot("create the account " + jid, """
                    test ! -e %1$s/%2$s.dat || { echo "the account exists already; it is left as it is" >&2; exit 3; }
                    IFS= read -r pw
                    printf '%%s\\n%%s\\n' "$pw" "$pw" | prosodyctl adduser %3$s >/dev/null
                    unset pw
                    test -e %1$s/%2$s.dat || { echo "Prosody did not create the account" >&2; exit 1; }
                    """.formatted(ShellQuote.quote(ProsodyAccounts.directory(domain)), ProsodyAccounts.encode(username),
                            ShellQuote.quote(jid)))
                    // to the end even on a cancel: an account made whose password was never shown is lost to its host
                    .quiet().withData(data).runToTheEnd()).requireSuccess();
        } finally {
            Arrays.fill(data, (byte) 0);
        }
    }

    public static void delete(SshSession session, String username, String domain) {
        session.run(RemoteScript.asRoot("delete the account " + username + "@" + domain, "prosodyctl deluser "
                + ShellQuote.quote(username + "@" + domain) + " >/dev/null").quiet()).requireSuccess();
    }
}
