package org.ownmeet.steps.welcome;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import org.ownmeet.installers.profile.store.SavedProfiles;
import org.ownmeet.steps.api.AbstractStep;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

/** The start screen: what OwnMeet does, the language, and what the user came to do. */
public final class WelcomeStep extends AbstractStep {
    private final WelcomeViewModel viewModel;
    private final ReadOnlyBooleanWrapper canLeave = new ReadOnlyBooleanWrapper();

    public WelcomeStep(WizardSession session, Texts texts) {
        this(session, texts, List::of, EngineWork.direct());
    }

    /** @param saved the profiles saved on this computer, offered as recently used servers (read by {@code work}) */
    public WelcomeStep(WizardSession session, Texts texts, Supplier<List<SavedProfiles.Saved>> saved, EngineWork work) {
        super("welcome", texts);
        viewModel = new WelcomeViewModel(session, saved, work);
        canLeave.bind(viewModel.canStartProperty());
    }

    @Override
    protected Node createView() {
        return WelcomeView.create(viewModel, texts);
    }

    @Override
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return canLeave.getReadOnlyProperty();
    }

    public WelcomeViewModel viewModel() {
        return viewModel;
    }
}
