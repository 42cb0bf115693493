package org.ownmeet.installers.documents;

/** The formats the documents are written in; JSON holds the facts both documents are made from. */
public enum DocumentFormat {
    PDF("pdf"), HTML("html"), MARKDOWN("md"), JSON("json");

    private final String extension;

    DocumentFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
