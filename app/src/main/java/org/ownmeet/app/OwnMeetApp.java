package org.ownmeet.app;

import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.steps.WizardServices;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

/** The OwnMeet window: the wizard in the system's language (if OwnMeet speaks it), in the Primer light theme. */
public final class OwnMeetApp extends Application {
    /** The product name; window managers and the screenshot test find the window by it. */
    public static final String TITLE = "OwnMeet";

    @Override
    public void start(Stage stage) {
        WizardSession session = new WizardSession(Profile.newProfile(), KnownHosts.forCurrentUser());
        session.languageProperty().set(Texts.forLocale(Locale.getDefault()).locale());
        AfterFirstScreen background = new AfterFirstScreen(EngineWork.workThread());
        new WizardWindow(stage, session, new EngineWork(background, Platform::runLater), new Appearance(false),
                WizardServices.system().withLinkOpener(getHostServices()::showDocument)).afterFirstScreen(background::open).show();
    }
}
