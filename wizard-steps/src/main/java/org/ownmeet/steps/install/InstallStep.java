package org.ownmeet.steps.install;

import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import org.ownmeet.steps.api.AbstractStep;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

/** "Install": OwnMeet makes the reviewed changes while the user watches, then checks the server from outside. */
public final class InstallStep extends AbstractStep {
    private final InstallViewModel viewModel;
    private final ReadOnlyBooleanWrapper canLeave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    /** Asks whether to stop; the page's dialog once the page exists. */
    private BooleanSupplier confirmCancel = () -> false;

    public InstallStep(WizardSession session, EngineWork work, Texts texts) {
        this(new InstallViewModel(session, work, texts), texts);
    }

    public InstallStep(InstallViewModel viewModel, Texts texts) {
        super("install", texts);
        this.viewModel = viewModel;
        canLeave.bind(viewModel.canLeaveProperty());
        canGoBack.bind(viewModel.canGoBackProperty());
    }

    @Override
    protected Node createView() {
        Node page = InstallView.create(viewModel, texts);
        confirmCancel = () -> CancelConfirmation.ask(page.getScene() == null ? null : page.getScene().getWindow(), texts);
        return page;
    }

    @Override
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return canLeave.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    @Override
    public void onShown() {
        viewModel.onShown();
    }

    @Override
    public boolean onCancel() {
        return viewModel.cancel(confirmCancel);
    }

    @Override
    public boolean serverChanged() {
        return viewModel.serverChanged();
    }

    /** One-time passwords of hosts made by a stopped run are wiped when the wizard closes. */
    @Override
    public void onClose() {
        viewModel.close();
    }

    public InstallViewModel viewModel() {
        return viewModel;
    }
}
