package org.ownmeet.steps.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.store.SavedProfiles;
import org.ownmeet.installers.session.AppliedRecord;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.EngineRun;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SummaryViewTest {
    private final WizardSession session = StepTests.session(Profile.newProfile().withServer(ServerRecords.ADDRESS));
    private final AtomicReference<AppliedRecord> onServer = new AtomicReference<>(ServerRecords.byOwnMeet(ServerRecords.school()));
    private SummaryStep step;

    @Start
    void start(Stage stage) throws IOException {
        SavedProfiles saved = new SavedProfiles(Files.createTempDirectory("ownmeet-summary"));
        saved.save(ServerRecords.school().withLogging(new Profile.Logging(30, Profile.AccessLog.OFF)));
        UpkeepViewModel upkeep = new UpkeepViewModel(session, EngineWork.direct(), StepTests.english(),
                () -> profile -> UpkeepReadings.reading(UpkeepReadings.NEWER, true));
        step = new SummaryStep(new SummaryViewModel(session, EngineWork.direct(), StepTests.english(), saved, () -> onServer::get,
                ZoneOffset.UTC), upkeep, StepTests.english());
        StepTests.show(stage, step.view());
        step.onShown();
    }

    @Test
    void theServersSettingsAndADifferingSavedProfileAreShownAndChosenWithTheKeyboard(FxRobot robot) {
        assertTrue(step.canLeaveProperty().get());
        assertTrue(robot.lookup("#summarySettings").query().isVisible());
        assertEquals("Host accounts: alice, bob", robot.lookup("#summarySetting-1").queryAs(Labeled.class).getText());
        assertTrue(robot.lookup("#summaryRun-0").query().isVisible());
        assertFalse(robot.lookup("#summaryTakeOver").query().isVisible());
        assertEquals("Days the logs are kept: 30 on this computer, 7 on the server",
                robot.lookup("#summaryDifference-0").queryAs(Labeled.class).getText());
        assertTrue(robot.lookup("#useServerProfile").queryAs(RadioButton.class).isSelected());

        robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
        assertTrue(robot.lookup("#useSavedProfile").queryAs(RadioButton.class).isSelected());
        assertEquals(30, session.profile().logging().retentionDays());
        assertEquals("Days the logs are kept: 30", robot.lookup("#summarySetting-2").queryAs(Labeled.class).getText());
    }

    @Test
    void theHealthIsListedAndTheUpgradeAndKeyLoginsAreChosenWithTheKeyboard(FxRobot robot) throws IOException {
        assertTrue(robot.lookup("#summaryHealth").query().isVisible());
        assertEquals("The web certificate is valid for 10 more day(s).", robot.lookup("#summaryHealth-5").queryAs(Labeled.class)
                .getText());
        assertTrue(robot.lookup("#summaryUpgrade").query().isVisible());
        assertTrue(robot.lookup("#summaryJitsiVersions").lookup("jitsi-meet 2.0.9823-1 → 2.0.9955-1").tryQuery().isPresent());
        assertFalse(robot.lookup("#summaryKeyNeeded").query().isVisible(), "logged in with a key: offered instead");

        robot.press(KeyCode.ALT).type(KeyCode.U).release(KeyCode.ALT).type(KeyCode.SPACE);
        assertTrue(robot.lookup("#upgradeJitsi").queryAs(CheckBox.class).isSelected());
        assertTrue(EngineRun.options(session).upgradeJitsi());
        robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT).type(KeyCode.SPACE);
        assertTrue(robot.lookup("#keyLoginsOnly").queryAs(CheckBox.class).isSelected());
        assertTrue(session.profile().upkeep().keyLoginsOnly());
        robot.type(KeyCode.SPACE);
        assertFalse(session.profile().upkeep().keyLoginsOnly());
        Snapshot.save(robot.lookup(".step-page").query(), "manage-04-summary-upkeep.png");
    }
}
