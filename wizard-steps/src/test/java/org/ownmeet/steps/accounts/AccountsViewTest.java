package org.ownmeet.steps.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.HostAccount;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.installers.profile.validation.HostUserNameRule;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AccountsViewTest {
    private final WizardSession session = StepTests.session(Profile.newProfile().withDomain("meet.schule-am-see.de"));
    private AccountsStep step;

    @Start
    void start(Stage stage) {
        step = new AccountsStep(session, StepTests.english());
        StepTests.show(stage, step.view());
    }

    @Test
    void hostsAreAddedWithEnterAndRemovedWithDelete(FxRobot robot) {
        assertTrue(robot.lookup("#hostsNone").queryAs(Label.class).isVisible());
        robot.clickOn("#hostName").write("Anna").press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.write("m.becker").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertEquals(List.of(new HostAccount("anna"), new HostAccount("m.becker")), session.profile().hostAccounts());
        assertEquals("", robot.lookup("#hostName").queryAs(TextField.class).getText());
        assertFalse(robot.lookup("#hostsNone").queryAs(Label.class).isVisible());
        TableView<?> table = robot.lookup("#hostsTable").queryAs(TableView.class);
        assertEquals("anna@meet.schule-am-see.de", table.getColumns().get(1).getCellData(0));

        robot.press(KeyCode.TAB).release(KeyCode.TAB); // Add is off while the field is empty: straight to the table
        assertTrue(table.isFocused());
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.HOME).release(KeyCode.HOME);
        assertEquals(0, table.getSelectionModel().getSelectedIndex());
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        assertEquals(List.of(new HostAccount("m.becker")), session.profile().hostAccounts());
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        assertEquals(List.of(), session.profile().hostAccounts());
        assertTrue(robot.lookup("#hostsNone").queryAs(Label.class).isVisible());
    }

    @Test
    void aRefusedNameIsSaidAtTheFieldAndEnterDoesNotAddIt(FxRobot robot) {
        robot.clickOn("#hostName").write("Ärger Admin");
        Label error = robot.lookup("#hostNameError").queryAs(Label.class);
        assertTrue(error.isVisible());
        FieldError engine = HostUserNameRule.check(ProfileFields.hostAccount(0), 1, "Ärger Admin").errors().get(0);
        assertEquals(StepTests.english().field(engine), error.getText());
        assertTrue(robot.lookup("#addHost").query().isDisabled());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertEquals(List.of(), session.profile().hostAccounts());
        assertTrue(step.canLeaveProperty().get(), "a name not yet added does not hold the step");
    }

    @Test
    void theAddButtonHasItsMnemonic(FxRobot robot) {
        robot.clickOn("#hostName").write("m.becker");
        robot.press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        assertEquals(List.of(new HostAccount("m.becker")), session.profile().hostAccounts());
    }
}
