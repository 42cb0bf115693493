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

/** The start screen: what OwnMeet does, the language, and what the user came to do. */
public final class WelcomeStep extends AbstractStep {
    private final WelcomeViewModel viewModel;
    private final ReadOnlyBooleanWrapper canLeave = new ReadOnlyBooleanWrapper();

    public WelcomeStep(WizardSession session, Texts texts) {
        this(session, texts, List::of);
    }

    /** @param saved the profiles saved on this computer, offered as recently used servers */
    public WelcomeStep(WizardSession session, Texts texts, Supplier<List<SavedProfiles.Saved>> saved) {
        super("welcome", texts);
        viewModel = new WelcomeViewModel(session, saved);
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
