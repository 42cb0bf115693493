package org.ownmeet.steps.api;

import javafx.beans.property.ReadOnlyBooleanProperty;
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
}
