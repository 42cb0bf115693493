package org.ownmeet.steps.done;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.steps.FakeEngineRun;
import org.ownmeet.steps.Snapshot;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class KeyLoginRowTest {
    private final WizardSession session = DoneFixtures.session(false);
    private final FakeEngineRun engine = new FakeEngineRun();
    private DoneStep step;

    @Start
    void start(Stage stage) {
        session.reportProperty().set(DoneFixtures.allPassed());
        session.appliedProperty().set(DoneFixtures.withHosts(DoneFixtures.host("anna", "Kx7-pq2-Lm9")));
        KeyLoginRunViewModel keyLogins = new KeyLoginRunViewModel(session, EngineWork.direct(), StepTests.english(),
                () -> engine, () -> true);
        step = new DoneStep(session, EngineWork.direct(), StepTests.english(), url -> { }, keyLogins);
        step.onShown();
        StepTests.show(stage, step.view());
    }

    @Test
    void afterAKeyLoginPasswordLoginsAreTurnedOffWithTheKeyboard(FxRobot robot) throws IOException {
        assertTrue(robot.lookup("#keyLogins").query().isVisible());
        assertFalse(robot.lookup("#keyLoginsKeyNeeded").query().isVisible());
        assertTrue(robot.lookup("#keyLoginsApply").queryButton().isDisabled(), "nothing to apply before the choice");

        robot.press(KeyCode.ALT).type(KeyCode.K).release(KeyCode.ALT).type(KeyCode.SPACE);
        assertTrue(robot.lookup("#keyLoginsOnly").queryAs(CheckBox.class).isSelected());
        assertTrue(session.profile().upkeep().keyLoginsOnly());
        assertFalse(robot.lookup("#keyLoginsApply").queryAs(Button.class).isDisabled());
        robot.press(KeyCode.ALT).type(KeyCode.A).release(KeyCode.ALT);

        assertEquals(1, engine.applyCalls);
        assertTrue(engine.appliedProfile.upkeep().keyLoginsOnly());
        assertEquals(StepTests.english().get("done.keyLogins.off"), robot.lookup("#keyLoginsStatus").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#keyLoginsApply").queryButton().isDisabled());
        assertTrue(step.canLeaveProperty().get());
        Snapshot.save(robot.lookup(".step-page").query(), "17-done-key-logins.png");
    }
}
