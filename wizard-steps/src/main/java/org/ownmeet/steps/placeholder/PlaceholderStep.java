package org.ownmeet.steps.placeholder;

import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import org.ownmeet.steps.api.WizardStep;

/** A step that is planned but not built yet: it says what it will do and lets the user move on. */
public final class PlaceholderStep implements WizardStep {
    private final String id;
    private final ResourceBundle messages;
    private final ReadOnlyBooleanWrapper canLeave = new ReadOnlyBooleanWrapper(true);
    private Node view;

    public PlaceholderStep(String id, ResourceBundle messages) {
        this.id = Objects.requireNonNull(id);
        this.messages = Objects.requireNonNull(messages);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return messages.getString(id + ".title");
    }

    @Override
    public String description() {
        return messages.getString(id + ".description");
    }

    /** One or two sentences on what the finished step will do for the user. */
    public String plan() {
        return messages.getString(id + ".plan");
    }

    @Override
    public Node view() {
        if (view == null) {
            view = PlaceholderView.create(this, messages);
        }
        return view;
    }

    @Override
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return canLeave.getReadOnlyProperty();
    }
}
