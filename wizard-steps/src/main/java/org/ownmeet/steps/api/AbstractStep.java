package org.ownmeet.steps.api;

import java.util.Objects;
import javafx.scene.Node;

/** What every step shares: its id, its title and description from the texts, and a view built once, on first show. */
public abstract class AbstractStep implements WizardStep {
    protected final Texts texts;
    private final String id;
    private Node view;

    protected AbstractStep(String id, Texts texts) {
        this.id = Objects.requireNonNull(id);
        this.texts = Objects.requireNonNull(texts);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public String title() {
        return texts.get(id + ".title");
    }

    @Override
    public String description() {
        return texts.get(id + ".description");
    }

    @Override
    public final Node view() {
        if (view == null) {
            view = createView();
        }
        return view;
    }

    /** Builds the page; called once, on the FX thread. */
    protected abstract Node createView();
}
