package org.ownmeet.steps.api;

import javafx.scene.control.Control;
import javafx.scene.layout.VBox;

/**
 * A {@link FormRow} for one profile field, with its texts found by key ({@code <key>} the label,
 * {@code <key>.why} why it is asked): its error shows once the focus has left the control.
 */
public final class FieldRow {
    private FieldRow() {
    }

    public static VBox of(Texts texts, String key, Control control, StepValidation validation, String path) {
        control.focusedProperty().addListener((property, was, focused) -> {
            if (!focused) {
                validation.touch(path);
            }
        });
        return FormRow.of(texts.get(key), control, texts.get(key + ".why"), validation.errorProperty(path),
                validation.warningProperty(path));
    }
}
