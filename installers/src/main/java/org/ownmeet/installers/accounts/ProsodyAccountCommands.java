package org.ownmeet.installers.accounts;

import java.util.Arrays;

import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.ShellQuote;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.ScriptResource;

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
            session.run(RemoteScript.asRoot("create the account " + jid, ScriptResource.of(ProsodyAccountCommands.class, "create-account.sh")
                    .with("DIRECTORY", ProsodyAccounts.directory(domain)).with("ACCOUNT", ProsodyAccounts.encode(username))
                    .with("JID", jid).text())
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
