package org.ownmeet.steps.done;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import org.ownmeet.steps.api.AbstractStep;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.documents.DocumentExports;
import org.ownmeet.steps.documents.DocumentsViewModel;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

/**
 * "Done": the checks, the meeting address, the new hosts' one-time passwords (shown once), the privacy notice
 * and the export of the GDPR documents.
 */
public final class DoneStep extends AbstractStep {
    private final DoneViewModel viewModel;
    private final DocumentsViewModel documents;
    private final Consumer<String> linkOpener;
    private final EngineWork work;
    private final ReadOnlyBooleanWrapper always = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper never = new ReadOnlyBooleanWrapper(false);

    /** @param linkOpener opens an address in the browser (the app passes {@code HostServices::showDocument}) */
    public DoneStep(WizardSession session, Texts texts, Consumer<String> linkOpener) {
        this(session, EngineWork.singleThread(Platform::runLater), texts, linkOpener);
    }

    /** @param work makes and writes the handouts in the background */
    public DoneStep(WizardSession session, EngineWork work, Texts texts, Consumer<String> linkOpener) {
        super("done", texts);
        this.viewModel = new DoneViewModel(session, texts);
        this.documents = DocumentExports.afterInstall(session, work, texts, linkOpener);
        this.work = work;
        this.linkOpener = linkOpener;
    }

    @Override
    protected Node createView() {
        return DoneView.create(viewModel, documents, texts, work, linkOpener);
    }

    @Override
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return always.getReadOnlyProperty();
    }

    /** The server has been set up; going back would suggest it could be undone from here. */
    @Override
    public ReadOnlyBooleanProperty canGoBackProperty() {
        return never.getReadOnlyProperty();
    }

    @Override
    public void onShown() {
        viewModel.refresh();
        documents.onShown();
    }

    @Override
    public boolean serverChanged() {
        return true;
    }

    /** The one-time passwords are wiped when the wizard closes. */
    @Override
    public void onClose() {
        viewModel.close();
    }

    public DoneViewModel viewModel() {
        return viewModel;
    }

    /** The export of the GDPR documents on this page. */
    public DocumentsViewModel documents() {
        return documents;
    }
}
