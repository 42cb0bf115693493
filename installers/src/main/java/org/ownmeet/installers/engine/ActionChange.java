package org.ownmeet.installers.engine;

/** A change made by running something on the server (installing packages, adding an account), not by writing a file. */
public non-sealed interface ActionChange extends Change {

    void apply(ApplyContext context);
}
