package org.ownmeet.steps.password;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import org.ownmeet.installers.web.HttpsServer;
import org.ownmeet.steps.api.AbstractStep;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.work.EngineWork;

/** "Change my password": a host replaces their one-time password with one of their own, on the meeting server itself. */
public final class PasswordChangeStep extends AbstractStep {
    private final PasswordChangeViewModel viewModel;
    private final ReadOnlyBooleanWrapper free = new ReadOnlyBooleanWrapper(this, "free");

    public PasswordChangeStep(EngineWork work, Texts texts, Function<String, HttpsServer> servers, PasswordChanger changer) {
        super("password", texts);
        this.viewModel = new PasswordChangeViewModel(texts, work, servers, changer);
        free.bind(viewModel.busyProperty().not());
    }

    @Override
    protected Node createView() {
        return PasswordChangeView.create(viewModel, texts);
    }

    /** Finish closes OwnMeet at any time, except while a change is on its way. */
    @Override
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return free.getReadOnlyProperty();
    }

    public PasswordChangeViewModel viewModel() {
        return viewModel;
    }
}
