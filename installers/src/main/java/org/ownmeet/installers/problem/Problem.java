package org.ownmeet.installers.problem;

import org.ownmeet.installers.secret.Redaction;

/**
 * Something went wrong. Every kind is its own type with a message in plain words for the person at
 * the keyboard ({@link #userMessage()}) and one line for IT ({@link #detail()}). Both pass through
 * {@link Redaction}; neither is built from a secret.
 */
public abstract class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String userMessage;
    private final String detail;

    protected Problem(String userMessage, String detail, Throwable cause) {
        super(Redaction.apply(userMessage + " (" + detail + ")"), cause);
        this.userMessage = Redaction.apply(userMessage);
        this.detail = Redaction.apply(detail);
    }

    protected Problem(String userMessage, String detail) {
        this(userMessage, detail, null);
    }

    public String userMessage() {
        return userMessage;
    }

    public String detail() {
        return detail;
    }
}
