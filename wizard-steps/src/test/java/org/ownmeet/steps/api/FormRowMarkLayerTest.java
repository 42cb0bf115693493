package org.ownmeet.steps.api;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.controlsfx.control.decoration.Decorator;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first field message must not make ControlsFX swap the window's root (and restyle the whole window). */
@ExtendWith(ApplicationExtension.class)
class FormRowMarkLayerTest {
    private final StringProperty withLayerError = new SimpleStringProperty("");
    private final StringProperty bareError = new SimpleStringProperty("");
    private Scene withLayer;
    private Scene bare;

    @Start
    void start(Stage stage) {
        withLayer = new Scene(FormRow.withMarkLayer(new VBox(FormRow.of("_Name", new TextField(), null, withLayerError, null))), 400, 200);
        stage.setScene(withLayer);
        stage.show();
        Stage second = new Stage();
        bare = new Scene(new VBox(FormRow.of("_Name", new TextField(), null, bareError, null)), 400, 200);
        second.setScene(bare);
        second.show();
    }

    @Test
    void theFirstMessageIsMarkedWithoutANewRoot(FxRobot robot) {
        Parent before = withLayer.getRoot();
        Parent bareBefore = bare.getRoot();
        robot.interact(() -> {
            // ControlsFX marks a field only once the user has changed it
            robot.lookup(".text-field").queryAllAs(TextField.class).forEach(field -> field.setText("x"));
            withLayerError.set("Type the server's address.");
            bareError.set("Type the server's address.");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, withLayer.getRoot(), "the mark layer was there from the start");
        assertNotSame(bareBefore, bare.getRoot(), "without it ControlsFX puts one in as the new root (what this guards against)");
        assertTrue(robot.lookup(".text-field").queryAll().stream().allMatch(field -> Decorator.getDecorations(field) != null
                && !Decorator.getDecorations(field).isEmpty()), "both fields are marked");
    }
}
