package org.ownmeet.steps.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.summary.ServerRecords;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RemovalCardTest {
    private final WizardSession session = StepTests.session(ServerRecords.school());

    @Start
    void start(Stage stage) {
        session.recordProperty().set(ServerRecords.byOwnMeet(ServerRecords.school()));
        StepTests.show(stage, new AccountsStep(session, StepTests.english()).view());
    }

    @Test
    void deleteAsksNamingTheAccountAndEnterKeepsTheHost(FxRobot robot) {
        assertTrue(robot.lookup("#ownPasswordsKept").query().isVisible());
        assertFalse(robot.lookup("#removalCard").query().isVisible());
        TableView<?> table = robot.lookup("#hostsTable").queryTableView();
        robot.clickOn("#hostsTable");
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#removalCard").query().isVisible());
        assertEquals("Delete the host account bob@meet.school.example?", robot.lookup("#removalQuestion").queryAs(Labeled.class).getText());
        assertEquals("Delete bob@meet.school.example", robot.lookup("#confirmRemoval").queryButton().getText());
        Node keep = robot.lookup("#keepHost").query();
        assertTrue(keep.isFocused(), "the safe answer has the focus");
        robot.type(KeyCode.ENTER);
        assertEquals(List.of("alice", "bob"), table.getItems());
        assertFalse(robot.lookup("#removalCard").query().isVisible());

        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#removeHost");
        WaitForAsyncUtils.waitForFxEvents();
        // the card may lie below the fold of this small test window: the keyboard reaches it wherever it is
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertTrue(robot.lookup("#confirmRemoval").query().isFocused(), "Shift+Tab from Keep reaches Delete");
        robot.type(KeyCode.SPACE);
        assertEquals(List.of("alice"), table.getItems());
        assertEquals(Set.of("bob"), session.confirmedRemovals());
    }
}
