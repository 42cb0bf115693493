package org.ownmeet.installers.xmpp;

import java.io.IOException;

/** The BOSH connection manager (Prosody) ended the session, e.g. {@code improper-addressing} for a domain it does not serve. */
final class BoshTerminatedException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String condition;

    BoshTerminatedException(String condition) {
        super("the server ended the BOSH session" + (condition == null ? "" : ": " + condition));
        this.condition = condition;
    }

    /** The BOSH condition, or null if the server gave none. */
    String condition() {
        return condition;
    }
}
