package org.ownmeet.installers.verify;

import java.util.ArrayList;
import java.util.List;

import org.ownmeet.testbed.target.DebianTarget;

/**
 * The test's {@link TemporaryAccounts}: {@code prosodyctl adduser} and {@code deluser} as root in the
 * target. The password goes on stdin, twice (prosodyctl asks for it and for a confirmation and reads
 * both lines from a pipe), never on the command line. {@code adduser} refuses an existing name.
 */
final class ProsodyctlAccounts implements TemporaryAccounts {
    private final DebianTarget target;
    final List<String> created = new ArrayList<>();
    final List<String> deleted = new ArrayList<>();
    /** The generated passwords, kept by the test only to prove that none turns up in a report or a log. */
    final List<String> passwordsSeen = new ArrayList<>();

    ProsodyctlAccounts(DebianTarget target) {
        this.target = target;
    }

    @Override
    public TemporaryAccount create() {
        TemporaryAccount account = TemporaryAccount.generate();
        String password = new String(account.password().chars());
        passwordsSeen.add(password);
        target.root("prosodyctl adduser " + account.username() + "@" + target.domain())
                .stdin(password + "\n" + password + "\n").run();
        created.add(account.username());
        return account;
    }

    @Override
    public void delete(String username) {
        target.root("prosodyctl deluser " + username + "@" + target.domain()).run();
        deleted.add(username);
    }

    /** Makes a host account directly, for tests of the password change client. */
    void addHost(String username, String password) {
        target.root("prosodyctl adduser " + username + "@" + target.domain()).stdin(password + "\n" + password + "\n").run();
    }
}
