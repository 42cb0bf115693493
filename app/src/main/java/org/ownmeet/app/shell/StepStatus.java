package org.ownmeet.app.shell;

/** Where a step stands, as the step list shows it. */
public enum StepStatus {
    /** Not reached yet, or reached and then left with Back. */
    UPCOMING,
    CURRENT,
    /** Left with Next at least once. */
    DONE
}
