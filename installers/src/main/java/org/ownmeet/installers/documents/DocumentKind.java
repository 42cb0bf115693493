package org.ownmeet.installers.documents;

/** The two documents of the GDPR file, each with the base of its file names and templates. */
public enum DocumentKind {
    /** For participants (Art. 13 and 21(4) GDPR); also published on the server. */
    PRIVACY_NOTICE("privacy-notice"),
    /** For the controller's file (Art. 30(1) and 32 GDPR). */
    RECORD_OF_PROCESSING("record-of-processing");

    private final String base;

    DocumentKind(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }
}
