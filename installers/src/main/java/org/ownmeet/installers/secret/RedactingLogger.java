package org.ownmeet.installers.secret;

import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** An SLF4J logger that formats each message, passes it through {@link Redaction}, then hands it on. */
final class RedactingLogger extends AbstractLogger {
    private static final long serialVersionUID = 1L;
    private final transient Logger delegate;

    RedactingLogger(Logger delegate) {
        this.delegate = delegate;
        this.name = delegate.getName();
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments, Throwable thrown) {
        String message = Redaction.apply(MessageFormatter.basicArrayFormat(pattern, arguments));
        String cause = thrown == null ? null : Redaction.apply(describe(thrown));
        String line = cause == null ? message : message + " [" + cause + "]";
        switch (level) {
            case ERROR -> delegate.error(line);
            case WARN -> delegate.warn(line);
            case INFO -> delegate.info(line);
            case DEBUG -> delegate.debug(line);
            default -> delegate.trace(line);
        }
    }

    /** The chain of exception types and messages; a stack trace is not logged, since a message in it could not be redacted. */
    private static String describe(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    public boolean isTraceEnabled() {
        return delegate.isTraceEnabled();
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
        return delegate.isTraceEnabled(marker);
    }

    @Override
    public boolean isDebugEnabled() {
        return delegate.isDebugEnabled();
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
        return delegate.isDebugEnabled(marker);
    }

    @Override
    public boolean isInfoEnabled() {
        return delegate.isInfoEnabled();
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
        return delegate.isInfoEnabled(marker);
    }

    @Override
    public boolean isWarnEnabled() {
        return delegate.isWarnEnabled();
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
        return delegate.isWarnEnabled(marker);
    }

    @Override
    public boolean isErrorEnabled() {
        return delegate.isErrorEnabled();
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
        return delegate.isErrorEnabled(marker);
    }
}
