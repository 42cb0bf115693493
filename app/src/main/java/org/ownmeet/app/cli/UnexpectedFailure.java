package org.ownmeet.app.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;

import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.secret.Redaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Whatever a command did not turn into a {@link Problem} itself ends here: one plain sentence on the
 * terminal and a documented exit status, never a stack trace; what IT needs goes to the log file.
 */
final class UnexpectedFailure implements CommandLine.IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailure.class);
    private static final int FRAMES = 12;

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
        return report(failure, commandLine.getErr());
    }

    static int report(Throwable failure, PrintWriter err) {
        log(failure);
        if (failure instanceof Problem problem) {
            err.println(problem.userMessage());
            err.println("  for IT: " + problem.detail());
            err.flush();
            return FailureStatus.of(problem);
        }
        String file = fileProblem(failure);
        if (file != null) {
            err.println(Redaction.apply("OwnMeet cannot use a file on this computer: " + file + ". Check that it is a file you may "
                    + "read and write, not a folder, or choose another; nothing was sent to the server."));
            err.println("Details are in " + CliLog.file() + ".");
            err.flush();
            return ExitCodes.LOCAL_FILE;
        }
        err.println("OwnMeet stopped because of an error it did not expect (" + failure.getClass().getSimpleName() + "). This is a "
                + "fault in OwnMeet, not in your answers; run it again, and if it happens again, report it with the log file.");
        err.println("Details are in " + CliLog.file() + ".");
        err.flush();
        return ExitCodes.UNEXPECTED;
    }

    /** Which file on this computer could not be read or written, and why, in a few words; null if that is not the failure. */
    private static String fileProblem(Throwable failure) {
        if (failure instanceof FileSystemException file && file.getFile() != null) {
            return file.getFile() + " (" + (file.getReason() != null ? file.getReason() : file.getClass().getSimpleName()) + ")";
        }
        if (failure instanceof UncheckedIOException unchecked) {
            if (unchecked.getCause() instanceof FileSystemException file && file.getFile() != null) {
                return fileProblem(file);
            }
            // OwnMeet's own wording, such as "cannot read <file>", and the system's reason
            return unchecked.getMessage().replaceFirst("^java\\.io\\.\\w+: ", "") + " (" + unchecked.getCause().getMessage() + ")";
        }
        return null;
    }

    /** The chain of causes with where each happened (class, method, line: no secret is in them), redacted like every line. */
    static void log(Throwable failure) {
        StringBuilder details = new StringBuilder("the command ended with an error");
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            details.append("\n  ").append(t.getClass().getName()).append(": ").append(t.getMessage());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                details.append("\n      at ").append(frames[i]);
            }
        }
        LOG.error(Redaction.apply(details.toString()));
    }
}
