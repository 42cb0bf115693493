package org.ownmeet.installers.ssh.files;

/** What writing one file did: nothing (same content and attributes), created it, or replaced it (backup kept). */
public record WriteResult(String path, Outcome outcome, String backup) {
    public enum Outcome { UNCHANGED, CREATED, REPLACED }

    public boolean changed() {
        return outcome != Outcome.UNCHANGED;
    }
}
