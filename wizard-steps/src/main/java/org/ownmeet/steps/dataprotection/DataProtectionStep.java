package org.ownmeet.steps.dataprotection;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import org.ownmeet.steps.api.AbstractStep;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;

/** "Data protection": who takes part, the legal basis of each purpose, and where people can complain. */
public final class DataProtectionStep extends AbstractStep {
    private final DataProtectionViewModel viewModel;

    public DataProtectionStep(WizardSession session, Texts texts) {
        super("dataprotection", texts);
        this.viewModel = new DataProtectionViewModel(session, texts);
    }

    @Override
    protected Node createView() {
        return DataProtectionView.create(viewModel, texts);
    }

    @Override
    public void onShown() {
        viewModel.begin();
    }

    @Override
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return viewModel.validProperty();
    }

    public DataProtectionViewModel viewModel() {
        return viewModel;
    }
}
