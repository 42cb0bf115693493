package org.ownmeet.installers.secret;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where OwnMeet's code gets its loggers: each line goes through {@link Redaction} on its way out. */
public final class Logs {
    private Logs() {
    }

    public static Logger logger(Class<?> owner) {
        return new RedactingLogger(LoggerFactory.getLogger(owner));
    }

    public static Logger logger(String name) {
        return new RedactingLogger(LoggerFactory.getLogger(name));
    }
}
