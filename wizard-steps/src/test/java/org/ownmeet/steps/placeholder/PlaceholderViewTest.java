package org.ownmeet.steps.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.steps.api.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PlaceholderViewTest {
    private final ResourceBundle messages = Texts.forLocale(Locale.ENGLISH).bundle();
    private PlaceholderStep step;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        step = new PlaceholderStep("privacy", messages);
        stage.setScene(new Scene((javafx.scene.Parent) step.view(), 700, 400));
        stage.show();
    }

    @Test
    void showsWhatTheStepWillDoAndThatItComesLater(FxRobot robot) {
        Label plan = robot.lookup("#privacyPlan").queryAs(Label.class);
        Label later = robot.lookup("#privacyLater").queryAs(Label.class);
        assertEquals(messages.getString("privacy.plan"), plan.getText());
        assertTrue(later.getText().contains("later version"), later.getText());
        assertTrue(plan.isVisible() && later.isVisible());
    }

    @Test
    void theViewIsBuiltOnce() {
        assertSame(step.view(), step.view());
    }
}
