package org.ownmeet.installers.engine;

/** A question about the server, asked as a small script run as root; its output (stdout and stderr) is the answer. */
public record Probe(String id, String script) {
    public Probe {
        if (!id.matches("[a-z0-9.-]+")) {
            throw new IllegalArgumentException("probe ids are lower case words: " + id);
        }
    }
}
