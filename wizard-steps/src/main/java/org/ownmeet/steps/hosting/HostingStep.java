package org.ownmeet.steps.hosting;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import org.ownmeet.steps.api.AbstractStep;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;

/** "Server location": where the server stands, who runs the data centre, and whether data leave the EU/EEA. */
public final class HostingStep extends AbstractStep {
    private final HostingViewModel viewModel;

    public HostingStep(WizardSession session, Texts texts) {
        super("hosting", texts);
        this.viewModel = new HostingViewModel(session, texts);
    }

    @Override
    protected Node createView() {
        return HostingView.create(viewModel, texts);
    }

    @Override
    public void onShown() {
        viewModel.begin();
    }

    @Override
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return viewModel.validProperty();
    }

    public HostingViewModel viewModel() {
        return viewModel;
    }
}
