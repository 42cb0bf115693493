package org.ownmeet.steps.done;

/** How the checks from outside went, for the summary on top of the page. */
public enum Outcome {
    ALL_PASSED, SOME_FAILED, NOT_CHECKED
}
