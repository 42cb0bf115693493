package org.ownmeet.steps.organisation;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import org.ownmeet.steps.api.AbstractStep;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;

/** "Your organisation": who runs the meetings and what kind of organisation it is in law, for the privacy notice. */
public final class OrganisationStep extends AbstractStep {
    private final OrganisationViewModel viewModel;

    public OrganisationStep(WizardSession session, Texts texts) {
        super("organisation", texts);
        this.viewModel = new OrganisationViewModel(session, texts);
    }

    @Override
    protected Node createView() {
        return OrganisationView.create(viewModel, texts);
    }

    @Override
    public void onShown() {
        viewModel.begin();
    }

    @Override
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return viewModel.validProperty();
    }

    public OrganisationViewModel viewModel() {
        return viewModel;
    }
}
