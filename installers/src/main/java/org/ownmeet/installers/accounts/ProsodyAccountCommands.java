package org.ownmeet.installers.accounts;

import java.util.Arrays;

import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * Creating and deleting a Prosody account over SSH. The password travels as data after the script
 * and reaches {@code prosodyctl adduser} through a pipe from bash's own {@code printf}, so it is on
 * no command line; an existing account is refused, so nothing is ever reset.
 *
 * <p>Up to Prosody 0.12 {@code adduser} and {@code deluser} write the account store themselves. From
 * Prosody 13 on they ask the running server instead, which still signs in with the packages' anonymous
 * login until the restart at the end of the run and so refuses to create accounts; its
 * {@code register} and {@code unregister} still write the store themselves, with the configuration on
 * disk, as the old commands did.
 */
public final class ProsodyAccountCommands {

    private ProsodyAccountCommands() {
    }

    public static void create(SshSession session, String username, String domain, Secret password) {
        createWith(session, "create the account " + username + "@" + domain, script("create-account.sh", username, domain),
                password);
    }

    /** Gives an existing account a new password: deleted and created again, which every Prosody version does itself. */
    public static void replace(SshSession session, String username, String domain, Secret password) {
        createWith(session, "set a new password for " + username + "@" + domain, script("delete-account.sh", username, domain)
                + ScriptResource.text(ProsodyAccountCommands.class, "create-account.sh"), password);
    }

    private static void createWith(SshSession session, String label, String script, Secret password) {
        byte[] line = password.utf8();
        byte[] data = Arrays.copyOf(line, line.length + 1);
        data[line.length] = '\n';
        Arrays.fill(line, (byte) 0);
        try {
            session.run(RemoteScript.asRoot(label, script)
                    // to the end even on a cancel: an account made whose password was never shown is lost to its host
                    .quiet().withData(data).runToTheEnd()).requireSuccess();
        } finally {
            Arrays.fill(data, (byte) 0);
        }
    }

    public static void delete(SshSession session, String username, String domain) {
        session.run(RemoteScript.asRoot("delete the account " + username + "@" + domain, script("delete-account.sh", username, domain))
                .quiet()).requireSuccess();
    }

    private static String script(String name, String username, String domain) {
        return ScriptResource.of(ProsodyAccountCommands.class, name).with("DIRECTORY", ProsodyAccounts.directory(domain))
                .with("ACCOUNT", ProsodyAccounts.encode(username)).with("USERNAME", username).with("DOMAIN", domain).text();
    }
}
