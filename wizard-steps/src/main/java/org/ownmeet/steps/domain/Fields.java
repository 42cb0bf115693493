package org.ownmeet.steps.domain;

import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ownmeet.steps.api.StepValidation;

/** Small pieces the domain page's views share. */
final class Fields {
    private Fields() {
    }

    /** Leaving a field shows its error from then on, even if nothing was typed. */
    static void touchOnLeave(TextInputControl control, StepValidation validation, String path) {
        control.focusedProperty().addListener((property, was, focused) -> {
            if (!focused) {
                validation.touch(path);
            }
        });
    }

    /** Puts a button beside the control inside a {@code FormRow}, keeping the row's label, hint and message. */
    static VBox withButton(VBox row, TextInputControl control, Button button) {
        int at = row.getChildren().indexOf(control);
        HBox line = new HBox(8);
        row.getChildren().set(at, line);
        line.getChildren().addAll(control, button);
        HBox.setHgrow(control, Priority.ALWAYS);
        return row;
    }
}
