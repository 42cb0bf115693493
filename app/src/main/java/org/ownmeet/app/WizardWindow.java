package org.ownmeet.app;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ownmeet.app.shell.WizardShellView;
import org.ownmeet.app.shell.WizardShellViewModel;
import org.ownmeet.steps.FlowSwitch;
import org.ownmeet.steps.WizardServices;
import org.ownmeet.steps.api.FormRow;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.api.WizardStep;
import org.ownmeet.steps.session.ProfileKeeper;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

/**
 * The wizard in a window: the shell with the steps of the flow the user chose on the start screen, in
 * the session's language. When the language changes (on the start screen) every page is built anew in
 * it; the session, and with it what the user entered, stays. After each successful run the profile is
 * saved for the next start.
 */
public final class WizardWindow {
    public static final double WIDTH = 1040;
    public static final double HEIGHT = 700;

    private final Stage stage;
    private final WizardSession session;
    private final EngineWork work;
    private final Appearance appearance;
    private final WizardServices services;
    private WizardShellViewModel viewModel;
    private WizardShellView currentView;
    private FlowSwitch flow;
    private Runnable afterFirstScreen = () -> {
    };

    public WizardWindow(Stage stage, WizardSession session, EngineWork work, Appearance appearance, WizardServices services) {
        this.stage = stage;
        this.session = session;
        this.work = work;
        this.appearance = appearance;
        this.services = services;
    }

    /** What may start once the first screen is drawn (with the warm-up of the later pages). */
    public WizardWindow afterFirstScreen(Runnable action) {
        this.afterFirstScreen = action;
        return this;
    }

    public void show() {
        stage.setTitle(OwnMeetApp.TITLE);
        stage.getIcons().setAll(AppIcons.windowIcons());
        stage.setScene(new Scene(build(session.languageProperty().get()), WIDTH, HEIGHT));
        stage.setMinWidth(820);
        stage.setMinHeight(560);
        stage.setOnCloseRequest(event -> {
            event.consume();
            currentView.requestCancel();
        });
        session.languageProperty().addListener((property, before, language) -> stage.getScene().setRoot(build(language)));
        ProfileKeeper keeper = new ProfileKeeper(session, services.savedProfiles()).attach();
        stage.setOnHidden(event -> keeper.detach());
        stage.show();
        FirstScreenReport.whenDrawn(stage.getScene(), () -> {
            afterFirstScreen.run();
            WarmUp.startInBackground();
        });
    }

    private javafx.scene.Parent build(Locale language) {
        Texts texts = Texts.forLocale(language);
        ResourceBundle shellTexts = ResourceBundle.getBundle("org.ownmeet.app.i18n.messages", texts.locale());
        if (flow != null) {
            flow.stop();
        }
        flow = new FlowSwitch(session, work, texts, services);
        viewModel = new WizardShellViewModel(flow.steps());
        WizardShellViewModel shell = viewModel;
        flow.onSwitch(shell::switchFlow);
        currentView = new WizardShellView(viewModel, shellTexts, appearance.darkProperty());
        viewModel.closingProperty().addListener((property, wasClosing, closing) -> {
            if (closing) {
                viewModel.steps().forEach(WizardStep::onClose);
                session.close();
                stage.close();
            }
        });
        return FormRow.withMarkLayer(currentView.root());
    }

    public WizardShellViewModel viewModel() {
        return viewModel;
    }
}
