package org.ownmeet.app;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ownmeet.app.shell.WizardShellView;
import org.ownmeet.app.shell.WizardShellViewModel;
import org.ownmeet.steps.PlannedSteps;
import org.ownmeet.steps.api.StepMessages;

/** The OwnMeet window: the wizard shell with every planned step, in the Primer light theme. */
public final class OwnMeetApp extends Application {
    /** The product name; window managers and the screenshot test find the window by it. */
    public static final String TITLE = "OwnMeet";

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Locale locale = Locale.getDefault();
        ResourceBundle messages = ResourceBundle.getBundle("org.ownmeet.app.i18n.messages", locale);
        var viewModel = new WizardShellViewModel(PlannedSteps.create(StepMessages.forLocale(locale)));
        var view = new WizardShellView(viewModel, messages);

        stage.setTitle(TITLE);
        stage.getIcons().setAll(AppIcons.windowIcons());
        stage.setScene(new Scene(view.root(), 1040, 680));
        stage.setMinWidth(820);
        stage.setMinHeight(560);
        stage.setOnCloseRequest(event -> {
            event.consume();
            view.requestCancel();
        });
        viewModel.closingProperty().addListener((property, wasClosing, closing) -> {
            if (closing) {
                stage.close();
            }
        });
        stage.show();
    }
}
