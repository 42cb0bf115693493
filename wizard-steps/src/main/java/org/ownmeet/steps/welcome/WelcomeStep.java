package org.ownmeet.steps.welcome;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import org.ownmeet.steps.api.AbstractStep;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;

/** The start screen: what OwnMeet does, the language, and what the user came to do. */
public final class WelcomeStep extends AbstractStep {
    private final WelcomeViewModel viewModel;
    private final ReadOnlyBooleanWrapper canLeave = new ReadOnlyBooleanWrapper();

    public WelcomeStep(WizardSession session, Texts texts) {
        super("welcome", texts);
        viewModel = new WelcomeViewModel(session);
        canLeave.bind(viewModel.canStartProperty());
    }

    @Override
    protected Node createView() {
        return WelcomeView.create(viewModel, texts);
    }

    @Override
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return canLeave.getReadOnlyProperty();
    }

    public WelcomeViewModel viewModel() {
        return viewModel;
    }
}
