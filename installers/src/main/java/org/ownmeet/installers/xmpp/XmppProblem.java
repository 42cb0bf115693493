package org.ownmeet.installers.xmpp;

import org.ownmeet.installers.secret.Redaction;
import org.ownmeet.installers.web.ConnectionFailure;

/**
 * Something went wrong talking XMPP to the meeting server, with a sentence for the user
 * ({@link #userMessage()}) and a line for IT ({@link #detail()}). Never built from a password (Smack's
 * own error messages can contain the request, password included, so they are not used), and passed
 * through {@link Redaction} all the same.
 */
public final class XmppProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** HTTPS to the server failed: see {@link #connectionFailure()}. */
        CONNECTION,
        /** The BOSH address answered with an HTTP error (no such path, Prosody down behind nginx). */
        BOSH_ADDRESS_FAILED,
        /** Prosody does not serve the XMPP domain asked for (e.g. no guest virtual host). */
        UNKNOWN_XMPP_DOMAIN,
        /** Name and password were refused. */
        NOT_AUTHORIZED,
        /** The server does not offer the way of logging in asked for (e.g. anonymous). */
        LOGIN_METHOD_NOT_OFFERED,
        /** Logging in failed for another reason the server gave. */
        LOGIN_FAILED,
        /** The server answered a request with an error (e.g. password change not offered). */
        REQUEST_REFUSED,
        /** The server did not answer in time. */
        NO_RESPONSE,
        /** The session ended or broke in another way. */
        FAILED
    }

    private final Kind kind;
    private final String userMessage;
    private final String detail;
    private final transient ConnectionFailure connectionFailure;
    private final String condition;

    XmppProblem(Kind kind, String userMessage, String detail, String condition, ConnectionFailure connectionFailure) {
        super(Redaction.apply(userMessage + " (" + detail + ")"));
        this.kind = kind;
        this.userMessage = Redaction.apply(userMessage);
        this.detail = Redaction.apply(detail);
        this.condition = condition;
        this.connectionFailure = connectionFailure;
    }

    XmppProblem(Kind kind, String userMessage, String detail, String condition) {
        this(kind, userMessage, detail, condition, null);
    }

    static XmppProblem of(ConnectionFailure failure) {
        return new XmppProblem(Kind.CONNECTION, failure.userMessage(), failure.detail(), null, failure);
    }

    public Kind kind() {
        return kind;
    }

    public String userMessage() {
        return userMessage;
    }

    public String detail() {
        return detail;
    }

    /** The XMPP, SASL or BOSH condition the server gave (e.g. {@code not-authorized}), or null. */
    public String condition() {
        return condition;
    }

    /** For {@link Kind#CONNECTION}: what went wrong with HTTPS; null otherwise. */
    public ConnectionFailure connectionFailure() {
        return connectionFailure;
    }
}
