package org.ownmeet.steps;

import java.util.List;

import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.api.WizardStep;
import org.ownmeet.steps.connection.ConnectionStep;
import org.ownmeet.steps.organisation.OrganisationStep;
import org.ownmeet.steps.placeholder.PlaceholderStep;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

/** The wizard's flows: which steps, in which order. */
public final class Flows {
    /** The steps of setting up a new server, by id, in order. */
    public static final List<String> SETUP = List.of("welcome", "connection", "domain", "organisation", "accounts", "privacy",
            "meeting", "review", "install", "done");

    private Flows() {
    }

    /** From the start screen to a verified meeting server. */
    public static List<WizardStep> setup(WizardSession session, EngineWork work, Texts texts) {
        return List.of(
                new PlaceholderStep("welcome", texts.bundle()),
                new ConnectionStep(session, work, texts),
                new PlaceholderStep("domain", texts.bundle()),
                new OrganisationStep(session, texts),
                new PlaceholderStep("accounts", texts.bundle()),
                new PlaceholderStep("privacy", texts.bundle()),
                new PlaceholderStep("meeting", texts.bundle()),
                new PlaceholderStep("review", texts.bundle()),
                new PlaceholderStep("install", texts.bundle()),
                new PlaceholderStep("done", texts.bundle()));
    }
}
