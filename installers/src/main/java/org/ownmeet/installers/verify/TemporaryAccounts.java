package org.ownmeet.installers.verify;

/**
 * Makes and removes the verifier's {@link TemporaryAccount} on the meeting domain (the engine does it
 * over SSH with {@code prosodyctl}, the password on stdin). The verifier never uses, and never
 * changes, a real host's password. Failures are unchecked exceptions (e.g. an SSH problem); their
 * messages must not contain the password.
 */
public interface TemporaryAccounts {
    /** Creates an account that did not exist before, with a generated password (see {@link TemporaryAccount#generate()}). */
    TemporaryAccount create();

    /** Deletes the account again; called once for every account {@link #create()} returned. */
    void delete(String username);
}
