package org.ownmeet.steps.meeting;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import org.ownmeet.steps.api.AbstractStep;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;

/** "Meeting size": the largest meeting expected, and whether the server is big enough for it. */
public final class MeetingStep extends AbstractStep {
    private final MeetingViewModel viewModel;

    public MeetingStep(WizardSession session, Texts texts) {
        super("meeting", texts);
        this.viewModel = new MeetingViewModel(session, texts);
    }

    @Override
    protected Node createView() {
        return MeetingView.create(viewModel, texts);
    }

    /** A server smaller than the size needs is a warning, not a stop: only the engine's rule on the field decides. */
    @Override
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return viewModel.validProperty();
    }

    public MeetingViewModel viewModel() {
        return viewModel;
    }
}
