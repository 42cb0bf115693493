package org.ownmeet.installers.accounts;

import java.util.Arrays;

import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.ssh.ShellQuote;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.exec.RemoteScript;

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
    private static final String PROSODY_VERSION = "dpkg-query -W -f='${Version}' prosody";

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
                    case "$(%4$s)" in
                      0.*) printf '%%s\\n%%s\\n' "$pw" "$pw" | prosodyctl adduser %3$s >/dev/null ;;
                      *) printf '%%s\\n%%s\\n' "$pw" "$pw" | prosodyctl register %5$s >/dev/null ;;
                    esac
                    unset pw
                    test -e %1$s/%2$s.dat || { echo "Prosody did not create the account" >&2; exit 1; }
                    """.formatted(ShellQuote.quote(ProsodyAccounts.directory(domain)), ProsodyAccounts.encode(username),
                            ShellQuote.quote(jid), PROSODY_VERSION, ShellQuote.quote(username) + " " + ShellQuote.quote(domain)))
                    // to the end even on a cancel: an account made whose password was never shown is lost to its host
                    .quiet().withData(data).runToTheEnd()).requireSuccess();
        } finally {
            Arrays.fill(data, (byte) 0);
        }
    }

    public static void delete(SshSession session, String username, String domain) {
        session.run(RemoteScript.asRoot("delete the account " + username + "@" + domain, """
                case "$(%1$s)" in
                  0.*) prosodyctl deluser %2$s >/dev/null ;;
                  # 13.0 reports a failure even after deleting (its delete_user returns nothing): the file tells
                  *) prosodyctl unregister %3$s >/dev/null 2>&1 || true ;;
                esac
                test ! -e %4$s/%5$s.dat || { echo "Prosody did not delete the account" >&2; exit 1; }
                """.formatted(PROSODY_VERSION, ShellQuote.quote(username + "@" + domain),
                ShellQuote.quote(username) + " " + ShellQuote.quote(domain),
                ShellQuote.quote(ProsodyAccounts.directory(domain)), ProsodyAccounts.encode(username))).quiet()).requireSuccess();
    }
}
