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

    /**
     * A stable name for this kind of problem ({@code wrong-password}), by which the wizard finds its
     * translated sentence; the English {@link #userMessage()} stays the fallback and the IT detail.
     */
    public String code() {
        String name = getClass().getSimpleName().replaceFirst("Problem$", "");
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The values a translated sentence needs, in the order its placeholders {@code {0}, {1}, ...} use
     * them (a host name, a port); never a secret. Empty for a problem whose sentence needs none.
     */
    public java.util.List<String> arguments() {
        return java.util.List.of();
    }

    /** The values for {@link #arguments()} as text, redacted like the messages (null shows as nothing). */
    protected static java.util.List<String> values(Object... values) {
        return java.util.Arrays.stream(values).map(value -> value == null ? "" : Redaction.apply(String.valueOf(value)))
                .toList();
    }
}
