package org.ownmeet.steps.password;

/** What the last press of Change came to. */
public enum ChangeOutcome {
    NONE, CHANGED, FAILED
}
