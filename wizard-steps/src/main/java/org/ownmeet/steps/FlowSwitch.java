package org.ownmeet.steps;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;

import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.api.WizardStep;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.welcome.WelcomeStep;
import org.ownmeet.steps.work.EngineWork;

/**
 * The steps follow what the user came to do: the start choice picks the flow ({@link Flows#forChoice}),
 * and a whole new draft (a saved profile chosen, the server's own read) has the editing steps made anew
 * from it. The shell keeps the steps up to the one shown and takes the rest from the new list.
 */
public final class FlowSwitch {
    private final WizardSession session;
    private final EngineWork work;
    private final Texts texts;
    private final WizardServices services;
    private final WelcomeStep welcome;
    private final ChangeListener<Object> switched = (property, before, now) -> changed();
    private Consumer<List<WizardStep>> shell = steps -> {
    };

    public FlowSwitch(WizardSession session, EngineWork work, Texts texts, WizardServices services) {
        this.session = session;
        this.work = work;
        this.texts = texts;
        this.services = services;
        this.welcome = new WelcomeStep(session, texts, services.savedProfiles()::recent, work);
        session.startChoiceProperty().addListener(switched);
        session.draftReplacedProperty().addListener(switched);
    }

    /** The steps for the choice as it is now (the start screen is always the first). */
    public List<WizardStep> steps() {
        return Flows.forChoice(session.startChoiceProperty().get(), welcome, session, work, texts, services);
    }

    /** Who gets the new steps when the flow changes (the shell). */
    public void onSwitch(Consumer<List<WizardStep>> receiver) {
        this.shell = receiver;
    }

    private void changed() {
        shell.accept(steps());
    }

    /** The window is built anew (another language): this switch no longer follows the session. */
    public void stop() {
        session.startChoiceProperty().removeListener(switched);
        session.draftReplacedProperty().removeListener(switched);
        shell = steps -> {
        };
    }
}
