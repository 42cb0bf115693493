package org.ownmeet.app.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.ownmeet.app.Appearance;
import org.ownmeet.app.WizardWindow;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.steps.WizardServices;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.api.WizardStep;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;
import org.ownmeet.testbed.target.DebianTarget;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real wizard window as a user would: typing into fields, clicking buttons, waiting for work to finish. */
final class WizardDriver {
    static final Texts TEXTS = Texts.forLocale(Locale.ENGLISH);
    private final FxRobot robot;
    private final Stage stage;
    private WizardSession session;
    private WizardWindow window;
    private Appearance appearance;
    private FxThreadWatch watch;

    WizardDriver(FxRobot robot, Stage stage) {
        this.robot = robot;
        this.stage = stage;
    }

    /** A new pass through the wizard in English, its own known-hosts file, the test bed's Jitsi packages and DNS. */
    void open(Profile.PackageSources packages, Path knownHosts, WizardServices services) {
        robot.interact(() -> {
            session = new WizardSession(Profile.newProfile().withPackageSources(packages), new KnownHosts(knownHosts));
            session.languageProperty().set(Locale.ENGLISH);
            appearance = new Appearance(false);
            window = new WizardWindow(stage, session, EngineWork.singleThread(Platform::runLater), appearance, services);
            window.show();
        });
    }

    /** From now on, pictures are taken without counting their drawing as time the FX thread was blocked. */
    void watchedBy(FxThreadWatch fxWatch) {
        this.watch = fxWatch;
    }

    WizardSession session() {
        return session;
    }

    /** The step shown now (for a look at its view model's state, e.g. Review's groups). */
    WizardStep currentStep() {
        return window.viewModel().currentStepProperty().get();
    }

    void dark(boolean on) {
        robot.interact(() -> appearance.darkProperty().set(on));
    }

    /** Next, once it is enabled; the page left is a phase of the FX-thread watch. */
    void next() {
        if (watch != null) {
            watch.phase(robot.lookup("#stepTitle").queryLabeled().getText());
        }
        waitUntil("Next is enabled", Duration.ofSeconds(30), () -> !robot.lookup("#nextButton").query().isDisabled());
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    void type(String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> field.requestFocus());
        robot.interact(field::selectAll);
        robot.write(text);
    }

    /**
     * Clicks the node of that id that is shown (pages kept aside can hold nodes of the same id) once
     * it can be used; focusing it first scrolls it into sight (the shell follows the focus).
     */
    void click(String query) {
        waitUntil(query + " shown", Duration.ofSeconds(10), () -> shows(query), () -> "not shown");
        Node node = robot.lookup(query).match(WizardDriver::seen).query();
        waitUntil(query + " enabled", Duration.ofSeconds(120), () -> !node.isDisabled(), () -> "still disabled");
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The node is there and seen: it and every node around it visible. */
    boolean shows(String query) {
        return robot.lookup(query).match(WizardDriver::seen).tryQuery().isPresent();
    }

    private static boolean seen(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    void snapshot(String name) {
        picture(() -> Snapshots.save(stage.getScene(), name));
    }

    void snapshotOf(String query, String name) {
        picture(() -> Snapshots.save(robot.lookup(query).query().getScene(), name));
    }

    private void picture(Runnable take) {
        if (watch != null) {
            watch.notCounting(take);
        } else {
            take.run();
        }
    }

    /** The connection step's fields, as a user fills them for the test-bed server. */
    void fillConnection(DebianTarget target, String password) {
        type("#connectionHost", target.address());
        type("#connectionUser", target.user());
        type("#connectionPassword", password);
    }

    static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            assertTrue(condition.getAsBoolean(), "waited " + timeout.toSeconds() + " s for: " + what);
        }
    }

    /** Waits; on a time-out the page is pictured ({@code failed-<what>.png}) and {@code shown} tells what it showed instead. */
    void waitUntil(String what, Duration timeout, BooleanSupplier condition, java.util.function.Supplier<String> shown) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            if (!condition.getAsBoolean()) {
                snapshot("failed-" + what.replaceAll("\\W+", "-"));
            }
            assertTrue(condition.getAsBoolean(), () -> "waited " + timeout.toSeconds() + " s for: " + what + "; shown: " + shown.get());
        }
    }
}
