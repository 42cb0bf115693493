package org.ownmeet.steps.summary;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.ownmeet.installers.profile.store.SavedProfiles;
import org.ownmeet.steps.api.AbstractStep;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.documents.DocumentExports;
import org.ownmeet.steps.documents.DocumentsView;
import org.ownmeet.steps.documents.DocumentsViewModel;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

/** "What the server holds": read from the server, before anything is edited. */
public final class SummaryStep extends AbstractStep {
    private final SummaryViewModel viewModel;
    private final UpkeepViewModel upkeep;
    private final ReadOnlyBooleanWrapper canLeave = new ReadOnlyBooleanWrapper(this, "canLeave");
    private final DocumentsViewModel documents;

    public SummaryStep(WizardSession session, EngineWork work, Texts texts, SavedProfiles saved) {
        this(new SummaryViewModel(session, work, texts, saved), new UpkeepViewModel(session, work, texts), texts, null);
    }

    /** With the export of the GDPR documents from what the server holds (no apply needed); {@code linkOpener} opens their folder. */
    public SummaryStep(WizardSession session, EngineWork work, Texts texts, SavedProfiles saved, Consumer<String> linkOpener) {
        this(new SummaryViewModel(session, work, texts, saved), new UpkeepViewModel(session, work, texts), texts,
                DocumentExports.onServer(session, work, texts, linkOpener));
    }

    public SummaryStep(SummaryViewModel viewModel, UpkeepViewModel upkeep, Texts texts) {
        this(viewModel, upkeep, texts, null);
    }

    public SummaryStep(SummaryViewModel viewModel, UpkeepViewModel upkeep, Texts texts, DocumentsViewModel documents) {
        super("summary", texts);
        this.viewModel = viewModel;
        this.upkeep = upkeep;
        this.documents = documents;
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
        Node page = SummaryView.create(viewModel, texts, UpkeepView.create(upkeep, texts));
        if (documents != null && page instanceof VBox steps) {
            VBox panel = DocumentsView.create(documents, texts, texts.get("documents.what.server"));
            panel.visibleProperty().bind(viewModel.stateProperty().isEqualTo(SummaryViewModel.State.OWNMEET));
            panel.managedProperty().bind(panel.visibleProperty());
            steps.getChildren().add(panel);
        }
        return page;
    }

    @Override
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return canLeave.getReadOnlyProperty();
    }

    @Override
    public void onShown() {
        viewModel.onShown();
        if (documents != null) {
            documents.onShown();
        }
    }

    public SummaryViewModel viewModel() {
        return viewModel;
    }

    /** The export of the GDPR documents on this page, or null when the page has none. */
    public DocumentsViewModel documents() {
        return documents;
    }

    public UpkeepViewModel upkeep() {
        return upkeep;
    }
}
