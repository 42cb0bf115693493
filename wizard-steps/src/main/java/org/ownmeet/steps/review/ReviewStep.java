package org.ownmeet.steps.review;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import org.ownmeet.steps.api.AbstractStep;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

/** "Review changes": everything OwnMeet will do on the server, before it does anything. */
public final class ReviewStep extends AbstractStep {
    private final ReviewViewModel viewModel;

    public ReviewStep(WizardSession session, EngineWork work, Texts texts) {
        this(new ReviewViewModel(session, work, texts), texts);
    }

    public ReviewStep(ReviewViewModel viewModel, Texts texts) {
        super("review", texts);
        this.viewModel = viewModel;
    }

    @Override
    protected Node createView() {
        return ReviewView.create(viewModel, texts);
    }

    @Override
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return viewModel.loadedProperty();
    }

    @Override
    public void onShown() {
        viewModel.plan();
    }

    public ReviewViewModel viewModel() {
        return viewModel;
    }
}
