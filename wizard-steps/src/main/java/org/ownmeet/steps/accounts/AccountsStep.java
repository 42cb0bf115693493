package org.ownmeet.steps.accounts;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import org.ownmeet.steps.api.AbstractStep;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;

/** "Host accounts": who may open meetings; guests need no account. */
public final class AccountsStep extends AbstractStep {
    private final AccountsViewModel viewModel;

    public AccountsStep(WizardSession session, Texts texts) {
        super("accounts", texts);
        this.viewModel = new AccountsViewModel(session, texts);
    }

    @Override
    protected Node createView() {
        viewModel.activate();
        return AccountsView.create(viewModel, texts);
    }

    @Override
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return viewModel.canLeaveProperty();
    }

    @Override
    public void onShown() {
        viewModel.activate();
    }

    public AccountsViewModel viewModel() {
        return viewModel;
    }
}
