package org.ownmeet.steps.connection;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.stage.Window;

import org.ownmeet.steps.api.AbstractStep;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

/** "Server connection": log in to the server, confirm its key on first contact, and see what it is. */
public final class ConnectionStep extends AbstractStep {
    private final ConnectionViewModel viewModel;
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private Node page;

    public ConnectionStep(WizardSession session, EngineWork work, Texts texts) {
        this(session, work, texts, ServerConnector.engine());
    }

    public ConnectionStep(WizardSession session, EngineWork work, Texts texts, ServerConnector connector) {
        super("connection", texts);
        this.viewModel = new ConnectionViewModel(session, work, texts, connector, new HostKeyDialog(texts, this::window));
        canGoBack.bind(viewModel.busyProperty().not());
    }

    @Override
    protected Node createView() {
        page = ConnectionView.create(viewModel, texts);
        return page;
    }

    private Window window() {
        return page == null || page.getScene() == null ? null : page.getScene().getWindow();
    }

    @Override
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return viewModel.canLeaveProperty();
    }

    /** Not while connecting: the answer would land on a page no longer shown. */
    @Override
    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ConnectionViewModel viewModel() {
        return viewModel;
    }
}
