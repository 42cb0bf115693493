package org.ownmeet.steps.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.store.SavedProfiles;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RecentServersViewTest {
    private final WizardSession session = StepTests.session();
    private final Profile school = Profile.newProfile().withServer(new Profile.Server("203.0.113.5", 22, "debian"))
            .withDomain("meet.school.example");

    @Start
    void start(Stage stage) throws IOException {
        SavedProfiles store = new SavedProfiles(Files.createTempDirectory("ownmeet-recent"));
        store.save(school);
        StepTests.show(stage, new WelcomeStep(session, StepTests.english(), store::recent, EngineWork.direct()).view());
    }

    @Test
    void aRecentServerIsChosenWithTheKeyboardAndManaged(FxRobot robot) {
        Button recent = robot.lookup("#recent-0").queryButton();
        assertEquals("meet.school.example (203.0.113.5)", recent.getText());
        robot.interact(recent::requestFocus);
        robot.type(KeyCode.SPACE);
        assertEquals(school, session.profile());
        assertEquals(StartChoice.MANAGE_SERVER, session.startChoiceProperty().get());
        assertTrue(robot.lookup("#choice-manage-server").queryAs(RadioButton.class).isSelected(), "the choice shown follows");
    }
}
