package org.ownmeet.steps.documents;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

import org.ownmeet.steps.api.Texts;

/** Why the documents could not be written, as one plain sentence that says what to do. */
final class WriteFailure {
    private WriteFailure() {
    }

    static String sentence(Texts texts, Path folder, RuntimeException failure) {
        // the background work hands an IOException over wrapped
        Throwable cause = failure.getCause() instanceof IOException io ? io : failure;
        String where = folder.toString();
        if (cause instanceof AccessDeniedException) {
            return texts.format("documents.failed.notWritable", where);
        }
        if (cause instanceof NotDirectoryException || cause instanceof FileAlreadyExistsException) {
            return texts.format("documents.failed.notFolder", where);
        }
        if (cause instanceof FileSystemException fs && fs.getReason() != null
                && fs.getReason().toLowerCase(Locale.ROOT).contains("space")) {
            return texts.format("documents.failed.full", where);
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return texts.format("documents.failed.other", where, reason);
    }
}
