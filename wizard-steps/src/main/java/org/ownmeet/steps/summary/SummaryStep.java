package org.ownmeet.steps.summary;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import org.ownmeet.installers.profile.store.SavedProfiles;
import org.ownmeet.steps.api.AbstractStep;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

/** "What the server holds": read from the server, before anything is edited. */
public final class SummaryStep extends AbstractStep {
    private final SummaryViewModel viewModel;
    private final UpkeepViewModel upkeep;
    private final ReadOnlyBooleanWrapper canLeave = new ReadOnlyBooleanWrapper(this, "canLeave");

    public SummaryStep(WizardSession session, EngineWork work, Texts texts, SavedProfiles saved) {
        this(new SummaryViewModel(session, work, texts, saved), new UpkeepViewModel(session, work, texts), texts);
    }

    public SummaryStep(SummaryViewModel viewModel, UpkeepViewModel upkeep, Texts texts) {
        super("summary", texts);
        this.viewModel = viewModel;
        this.upkeep = upkeep;
        canLeave.bind(Bindings.createBooleanBinding(viewModel::canManage, viewModel.stateProperty()));
        // once per reading of the record: the upkeep is read for what the server holds
        viewModel.stateProperty().addListener((property, before, now) -> {
            if (viewModel.canManage()) {
                upkeep.read();
            }
        });
    }

    @Override
    protected Node createView() {
        return SummaryView.create(viewModel, texts, UpkeepView.create(upkeep, texts));
    }

    @Override
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return canLeave.getReadOnlyProperty();
    }

    @Override
    public void onShown() {
        viewModel.onShown();
    }

    public SummaryViewModel viewModel() {
        return viewModel;
    }

    public UpkeepViewModel upkeep() {
        return upkeep;
    }
}
