package org.ownmeet.steps.domain;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import org.ownmeet.steps.api.AbstractStep;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

/** "Domain & certificate": the address people join at, checked to point to the server, and where its certificate comes from. */
public final class DomainStep extends AbstractStep {
    /** How long typing must stop before the domain is looked up. */
    public static final Duration PAUSE = Duration.ofMillis(500);
    private final DomainViewModel viewModel;

    public DomainStep(WizardSession session, EngineWork work, Texts texts, DomainLookup lookup, Debounce debounce) {
        super("domain", texts);
        this.viewModel = new DomainViewModel(session, work, texts, lookup, debounce);
    }

    @Override
    protected Node createView() {
        viewModel.activate();
        return DomainView.create(viewModel, texts);
    }

    @Override
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return viewModel.canLeaveProperty();
    }

    /** The DNS may have changed while the user was elsewhere (they went to create the record). */
    @Override
    public void onShown() {
        viewModel.activate();
        if (viewModel.dns().state() == DnsState.ELSEWHERE || viewModel.dns().state() == DnsState.NOT_FOUND) {
            viewModel.dns().checkAgain();
        }
    }

    public DomainViewModel viewModel() {
        return viewModel;
    }
}
