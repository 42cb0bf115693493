package org.ownmeet.steps.install;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One installer's line on the install page: its title and how far it is. */
public final class InstallerRow {

    public enum State {
        WAITING, RUNNING, DONE,
        /** The engine skipped it: the server already had what it sets up. */
        UNCHANGED,
        FAILED,
        /** The run stopped (cancelled or failed) before it. */
        NOT_RUN;

        boolean finished() {
            return this == DONE || this == UNCHANGED;
        }
    }

    private final String id;
    private final String title;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.WAITING);

    InstallerRow(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public State state() {
        return state.get();
    }

    void set(State now) {
        state.set(now);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }
}
