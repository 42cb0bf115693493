package org.ownmeet.steps.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.work.EngineWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DocumentsViewTest {
    @TempDir
    static Path temp;
    private final List<String> opened = new ArrayList<>();
    private final Path chosen = temp.resolve("chosen");

    @Start
    void start(Stage stage) {
        DocumentsViewModel export = new DocumentsViewModel(new InstalledSource(DocumentsViewModelTest.installed("de", true)),
                EngineWork.direct(), StepTests.english(), DocumentsViewModelTest.ON_A_FIXED_DAY, (title, start) -> Optional.of(chosen),
                temp, opened::add);
        StepTests.show(stage, StepPage.create("documents", DocumentsView.create(export, StepTests.english(), "What they are.")));
    }

    private static String focused(FxRobot robot) {
        Node owner = robot.lookup("#documentsPanel").query().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    private static void tab(FxRobot robot) {
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
    }

    @Test
    void everyControlIsReachedWithTabAndEnterSavesTheDocuments(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.G).release(KeyCode.G, KeyCode.ALT);
        assertEquals("documentsLanguage", focused(robot), "the label's mnemonic leads to the language");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tab(robot);
            order.add(focused(robot));
        }
        assertEquals(List.of("documentsFormat-pdf", "documentsFormat-html", "documentsFormat-md", "documentsFormat-json",
                "documentsChooseFolder", "documentsExport", "documentsPreview", "documentsLanguage"), order);

        tab(robot);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        assertTrue(!robot.lookup("#documentsFormat-pdf").queryAs(CheckBox.class).isSelected(), "Space unticks PDF");
        tab(robot);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        for (int i = 0; i < 4; i++) {
            tab(robot);
        }
        assertEquals("documentsExport", focused(robot));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        assertTrue(Files.exists(temp.resolve("privacy-notice-de.html")));
        assertTrue(Files.exists(temp.resolve("record-of-processing-de.html")));
        assertFalse(Files.exists(temp.resolve("privacy-notice-de.pdf")));
        assertEquals("Saved in " + temp + ": privacy-notice-de.html, record-of-processing-de.html.",
                robot.lookup("#documentsMessage").queryAs(Label.class).getText());
        robot.clickOn("#documentsOpenFolder");
        assertEquals(List.of(temp.toUri().toString()), opened);
    }

    @Test
    void theFolderButtonTakesTheChosenFolder(FxRobot robot) {
        assertEquals(temp.toString(), robot.lookup("#documentsFolder").queryAs(Label.class).getText());
        robot.press(KeyCode.ALT, KeyCode.F).release(KeyCode.F, KeyCode.ALT);
        assertEquals(chosen.toString(), robot.lookup("#documentsFolder").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#documentsOpenFolder").queryAs(Hyperlink.class).isVisible());
    }

    @Test
    void thePreviewIsMadeWhenOpened(FxRobot robot) throws Exception {
        assertEquals("", robot.lookup("#documentsPreviewText").queryAs(TextArea.class).getText());
        robot.clickOn("#documentsPreview");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#documentsPreviewText").queryAs(TextArea.class).getText().contains("# Videokonferenzen unter"));
        assertFalse(robot.lookup("#documentsPreviewText").queryAs(TextArea.class).isEditable());
    }
}
