package org.ownmeet.steps.api;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * A question answered by a group of buttons (radio buttons, check boxes) as the form rows show it:
 * the question, the buttons, why it is asked, and the engine's message for the field under them. The
 * label's mnemonic moves the focus to the first button; each button carries the message as its
 * accessible help, since no single control owns it.
 */
public final class GroupRow {
    private GroupRow() {
    }

    /**
     * @param id    the message's node id is {@code id + "Error"} (and {@code "Warning"})
     * @param hint  why the question is asked, one sentence
     * @param error the field's error from {@link StepValidation}, empty when none; null for a question the rules never refuse
     */
    public static VBox of(String id, String label, Pane buttons, String hint, ObservableStringValue error,
                          ObservableStringValue warning) {
        Label question = new Label(label);
        question.setMnemonicParsing(true);
        question.getStyleClass().add("form-label");
        buttons.getChildren().stream().findFirst().ifPresent(question::setLabelFor);
        Label why = new Label(hint);
        why.setWrapText(true);
        why.getStyleClass().add("form-hint");
        VBox row = new VBox(question, buttons, why);
        if (error != null) {
            row.getChildren().add(FormRow.message(id + "Error", error, "form-error"));
            buttons.getChildren().stream().filter(Control.class::isInstance).map(Control.class::cast).forEach(control ->
                    error.addListener((property, before, now) -> control.setAccessibleHelp(now)));
        }
        if (warning != null) {
            row.getChildren().add(FormRow.message(id + "Warning", warning, "form-warning"));
        }
        row.getStyleClass().add("form-row");
        return row;
    }
}
