package org.ownmeet.app.shell;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import org.ownmeet.steps.api.WizardStep;

/** A step whose "can leave" the test sets; its view is built on first use, like a real step's. */
final class FakeStep implements WizardStep {
    final SimpleBooleanProperty canLeave = new SimpleBooleanProperty(true);
    private final String id;
    private final Supplier<Node> view;
    private Node built;

    FakeStep(String id, Supplier<Node> view) {
        this.id = id;
        this.view = view;
    }

    /** For view-model tests: asking for the view is a bug there. */
    static FakeStep withoutView(String id) {
        return new FakeStep(id, () -> {
            throw new AssertionError("the view model asked step " + id + " for its view");
        });
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return "Title of " + id;
    }

    @Override
    public String description() {
        return "What " + id + " is about.";
    }

    @Override
    public Node view() {
        if (built == null) {
            built = view.get();
        }
        return built;
    }

    @Override
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return canLeave;
    }
}
