package org.ownmeet.installers.secret;


import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.slf4j.simple.SimpleServiceProvider;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * OwnMeet's logging backend (also of java.util.logging, which Smack uses, through SLF4J's bridge): slf4j-simple's, with every line of every logger (OwnMeet's, SSHJ's,
 * any library's) passed through {@link Redaction} first. Chosen with the system property
 * {@code slf4j.provider} (see {@link #select()}), since slf4j-simple registers itself too.
 */
public final class RedactingLoggingProvider implements SLF4JServiceProvider {
    private final SimpleServiceProvider writer = new SimpleServiceProvider();
    private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
    private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name,
            n -> new RedactingLogger(writer.getLoggerFactory().getLogger(n)));

    /** Makes SLF4J pick this backend; call before the first logger is made (the app's main does). */
    public static void select() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", RedactingLoggingProvider.class.getName());
        }
        // SLF4J would otherwise announce the chosen provider on every start
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return writer.getMarkerFactory();
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return writer.getMDCAdapter();
    }

    @Override
    public String getRequestedApiVersion() {
        return SimpleServiceProvider.REQUESTED_API_VERSION;
    }

    @Override
    public void initialize() {
        writer.initialize();
        // java.util.logging (Smack's) goes through the same redaction instead of its own console handler
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
