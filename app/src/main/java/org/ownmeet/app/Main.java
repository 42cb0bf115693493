package org.ownmeet.app;

import javafx.application.Application;
import org.ownmeet.app.cli.OwnMeetCli;
import org.ownmeet.installers.secret.RedactingLoggingProvider;
import org.ownmeet.installers.ssh.SshConnector;

/**
 * The entry point. It does not extend {@link Application} on purpose: when the main class is an
 * Application and JavaFX sits on the class path, {@code java} stops with "JavaFX runtime components
 * are missing".
 */
public final class Main {
    private Main() {
    }

    /** With arguments, the command line ({@code plan}, {@code apply}, {@code verify}); without, the window. */
    public static void main(String[] args) {
        RedactingLoggingProvider.select();
        if (args.length > 0) {
            OwnMeetCli.logToFile();
            SshConnector.warmUp();
            System.exit(OwnMeetCli.run(args));
        }
        Application.launch(OwnMeetApp.class, args);
    }
}
