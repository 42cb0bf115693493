package org.ownmeet.installers.profile;

import java.util.Optional;

import org.ownmeet.installers.secret.Redaction;

/**
 * A profile file could not be read or written. {@link #userMessage()} says why in plain words for the
 * person at the keyboard; {@link #detail()} is one line for IT (the parser's own words). Both pass
 * through {@link Redaction}, as every error message does.
 */
public final class ProfileFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String userMessage;
    private final String detail;
    private final String field;

    ProfileFileException(String userMessage, String detail, String field, Throwable cause) {
        super(Redaction.apply(userMessage + " (" + detail + ")"), cause);
        this.userMessage = Redaction.apply(userMessage);
        this.detail = Redaction.apply(detail);
        this.field = field;
    }

    public String userMessage() {
        return userMessage;
    }

    public String detail() {
        return detail;
    }

    /** The path of the field the problem is in ("server.port"), when it is in one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
