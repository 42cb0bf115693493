package org.ownmeet.steps.api;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;

/** One page of the wizard: what the shell shows in its step list, its header and its content area. */
public interface WizardStep {

    /** Stable and unique; used for node ids and message keys. */
    String id();

    /** A few words, shown in the step list and as the page heading. */
    String title();

    /** One sentence under the heading: what the user does on this page. */
    String description();

    /** The page itself; built on the first call, which must come from the FX thread. */
    Node view();

    /** False while the user may not move on, e.g. a field is invalid or work is still running. */
    ReadOnlyBooleanProperty canLeaveProperty();

    /** False while Back must not leave this step (work on the server is running, or the server was changed). */
    default ReadOnlyBooleanProperty canGoBackProperty() {
        return new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();
    }

    /** Called each time the step becomes the current one (e.g. Review makes the plan anew). */
    default void onShown() {
    }

    /**
     * Cancel was pressed while this step is shown. A step with work running stops it (after asking)
     * and returns true; the shell then stays open. False lets the shell ask whether to quit.
     */
    default boolean onCancel() {
        return false;
    }

    /** What the quit question says about the server at this point ("Nothing has been changed" only before Install). */
    default boolean serverChanged() {
        return false;
    }

    /** The wizard closes: wipe what must not outlive it (one-time passwords shown once). */
    default void onClose() {
    }
}
