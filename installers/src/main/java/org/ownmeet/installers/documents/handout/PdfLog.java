package org.ownmeet.installers.documents.handout;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's own log lines go to OwnMeet's log (where every secret is masked), warnings and above
 * only, instead of to the JDK's logging on the console, which OwnMeet does not redact.
 */
final class PdfLog implements XRLogger {
    private static final Logger LOG = LoggerFactory.getLogger("org.ownmeet.documents.pdf");

    private PdfLog() {
    }

    static synchronized void install() {
        if (!(XRLog.getLoggerImpl() instanceof PdfLog)) {
            XRLog.setLoggerImpl(new PdfLog());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable failure) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.warn("{}: {}", where, message, failure);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // the level is OwnMeet's: warnings and above
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }
}
