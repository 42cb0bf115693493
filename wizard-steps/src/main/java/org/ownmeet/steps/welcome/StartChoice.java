package org.ownmeet.steps.welcome;

/** What the user came to do, as the start screen offers it. */
public enum StartChoice {
    /** Set up a new server: the flow this version has. */
    NEW_SERVER(true),
    /** Manage a server set up before: comes with the next version. */
    MANAGE_SERVER(false),
    /** A host changes their own password: comes with the next version. */
    CHANGE_PASSWORD(false);

    private final boolean available;

    StartChoice(boolean available) {
        this.available = available;
    }

    public boolean available() {
        return available;
    }
}
