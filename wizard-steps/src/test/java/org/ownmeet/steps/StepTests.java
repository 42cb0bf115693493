package org.ownmeet.steps;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;

/** What step tests share: a fresh session with its own known-hosts file, the texts, a window for a page. */
public final class StepTests {
    private StepTests() {
    }

    public static WizardSession session() {
        return session(Profile.newProfile());
    }

    public static WizardSession session(Profile start) {
        try {
            return new WizardSession(start, new KnownHosts(Files.createTempDirectory("ownmeet-steps").resolve("known_hosts")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Texts english() {
        return Texts.forLocale(Locale.ENGLISH);
    }

    /** Shows a step's page in the theme the app uses, in a window the size of a small laptop screen's content area. */
    public static void show(Stage stage, Node page) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 760, 560));
        stage.show();
    }
}
