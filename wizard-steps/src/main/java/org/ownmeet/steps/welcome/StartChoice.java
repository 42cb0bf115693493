package org.ownmeet.steps.welcome;

/** What the user came to do, as the start screen offers it. */
public enum StartChoice {
    /** Set up a new server. */
    NEW_SERVER,
    /** Manage a server set up before: read what it holds, change hosts, logs, meetings, certificate. */
    MANAGE_SERVER,
    /** A host changes their own password on the meeting server: no SSH, no administrator. */
    CHANGE_PASSWORD
}
