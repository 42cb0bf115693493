package org.ownmeet.steps.documents;

import java.util.concurrent.Callable;

/**
 * Where the export finds the applied profile and the verified state: after an install, what it applied
 * and verified ({@link InstalledSource}); when managing a server, what the server holds ({@link ServerSource}).
 */
public interface DocumentSource {
    /**
     * Called on the UI thread: takes what the session knows now and returns the work, run in the
     * background, that completes it (a verification, when there is none yet).
     */
    Callable<AppliedState> capture();

    /** The language of the applied profile ("en", "de" or "it"), the documents' default; null when not known yet. */
    String profileLanguage();

    /** Whether the next capture checks the server first, so the panel can say why it takes a while. */
    default boolean verifiesFirst() {
        return false;
    }
}
