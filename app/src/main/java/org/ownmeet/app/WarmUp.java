package org.ownmeet.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.validation.ProfileValidator;
import org.ownmeet.installers.ssh.SshConnector;
import org.ownmeet.steps.api.WizardStep;

/**
 * Loads, on a background thread once the first screen is up, what the pages after it would otherwise
 * load on the FX thread, where the window would freeze meanwhile: the profile rules with ICU's
 * domain-name tables and the public suffix list (a few hundred milliseconds at the first keystroke),
 * and the classes of the later pages and of the controls they and the first-contact dialog are made of.
 */
final class WarmUp {
    private WarmUp() {
    }

    /** Loaded, not initialised: initialising a control's class is the FX thread's business. */
    private static final List<String> LATER_CLASSES = List.of(
            "javafx.scene.control.Dialog", "javafx.scene.control.DialogPane", "javafx.scene.control.skin.ButtonBarSkin",
            "javafx.scene.control.TitledPane", "javafx.scene.control.skin.TitledPaneSkin", "javafx.scene.control.TableView",
            "javafx.scene.control.skin.TableViewSkin", "javafx.scene.control.skin.TableRowSkin", "javafx.scene.control.Spinner",
            "javafx.scene.control.skin.SpinnerSkin", "javafx.scene.control.ProgressBar", "javafx.scene.control.skin.ProgressBarSkin",
            "javafx.scene.control.ProgressIndicator", "javafx.scene.control.skin.ProgressIndicatorSkin",
            "javafx.scene.control.ListView", "javafx.scene.control.skin.ListViewSkin", "javafx.scene.control.PasswordField",
            "javafx.scene.control.TextArea", "javafx.scene.control.skin.TextAreaSkin", "javafx.scene.text.TextFlow",
            "javafx.scene.control.CheckBox", "javafx.scene.control.skin.CheckBoxSkin", "javafx.scene.control.ToggleButton",
            "javafx.stage.FileChooser", "org.controlsfx.validation.ValidationSupport",
            "org.controlsfx.validation.decoration.GraphicValidationDecoration", "org.controlsfx.control.decoration.Decorator");

    /** Every class of the wizard's pages (views, view models), from the code source they come from. */
    private static List<String> stepClasses() {
        try {
            Path source = Path.of(WizardStep.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> files = new ArrayList<>();
            if (Files.isDirectory(source)) {
                try (Stream<Path> walk = Files.walk(source)) {
                    walk.map(file -> source.relativize(file).toString().replace(java.io.File.separatorChar, '/')).forEach(files::add);
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    jar.stream().map(JarEntry::getName).forEach(files::add);
                }
            }
            return files.stream().filter(name -> name.startsWith("org/ownmeet/steps/") && name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')).toList();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return List.of(); // only a head start
        }
    }

    static void startInBackground() {
        SshConnector.warmUp();
        Thread thread = new Thread(() -> {
            ClassLoader loader = WarmUp.class.getClassLoader();
            List<String> names = new ArrayList<>(LATER_CLASSES);
            names.addAll(stepClasses());
            for (String name : names) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // only a head start: the page loads it itself if needed
                }
            }
            ProfileValidator.validate(Profile.newProfile().withServer(new Profile.Server("server.example.org", 22, "admin"))
                    .withDomain("meet.example.org").withAdminEmail("admin@example.org")
                    .withHostAccounts(List.of(new Profile.HostAccount("alice")))
                    .withOrganisation(new Profile.Organisation("School", null, "office@example.org", null)));
        }, "ownmeet-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
