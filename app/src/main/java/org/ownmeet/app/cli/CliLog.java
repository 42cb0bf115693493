package org.ownmeet.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the command line's log goes: a file of its own, {@code ~/.local/state/ownmeet/ownmeet.log} (or
 * under {@code XDG_STATE_HOME}), rewritten by each command. Every line passes through OwnMeet's
 * redaction like any other log line; the terminal gets plain sentences only.
 */
final class CliLog {
    private static final String LOG_FILE_PROPERTY = "org.slf4j.simpleLogger.logFile";

    private CliLog() {
    }

    static Path file() {
        String configured = System.getProperty(LOG_FILE_PROPERTY);
        if (configured != null && !configured.equals("System.err") && !configured.equals("System.out")) {
            return Path.of(configured);
        }
        String state = System.getenv("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state) : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("ownmeet").resolve("ownmeet.log");
    }

    /** Sends the log to {@link #file()}; call before the first logger is made. Where the folder cannot be made, the log stays on stderr. */
    static void toFile() {
        if (System.getProperty(LOG_FILE_PROPERTY) != null) {
            return;
        }
        Path file = file();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException | SecurityException e) {
            return;
        }
        if (Files.isWritable(file.getParent()) && (!Files.exists(file) || Files.isWritable(file))) {
            System.setProperty(LOG_FILE_PROPERTY, file.toString());
        }
    }
}
