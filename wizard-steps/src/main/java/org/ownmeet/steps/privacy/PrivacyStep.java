package org.ownmeet.steps.privacy;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import org.ownmeet.steps.api.AbstractStep;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;

/** "Privacy & logs": how long logs are kept, the access log, direct connections, chat apps and the firewall. */
public final class PrivacyStep extends AbstractStep {
    private final PrivacyViewModel viewModel;

    public PrivacyStep(WizardSession session, Texts texts) {
        super("privacy", texts);
        this.viewModel = new PrivacyViewModel(session, texts);
    }

    @Override
    protected Node createView() {
        return PrivacyView.create(viewModel, texts);
    }

    @Override
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return viewModel.validProperty();
    }

    public PrivacyViewModel viewModel() {
        return viewModel;
    }
}
