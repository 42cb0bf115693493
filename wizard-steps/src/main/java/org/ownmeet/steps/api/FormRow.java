package org.ownmeet.steps.api;

import atlantafx.base.theme.Styles;
import impl.org.controlsfx.skin.DecorationPane;
import javafx.scene.Parent;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * A field as every step shows it: its label (with a mnemonic), the control, a line on why it is asked,
 * and under it the engine's message for the field, also marked on the control by a ControlsFX
 * decoration and AtlantaFX's danger state. The message is the control's accessible help text too.
 */
public final class FormRow {
    private FormRow() {
    }

    /**
     * @param label   the label's text; an underscore before a letter makes it the mnemonic (Alt+letter)
     * @param hint    why the field is asked, one sentence, or null
     * @param error   the field's error from {@link StepValidation}, empty when none
     * @param warning a warning that does not stop the step, or null
     */
    public static VBox of(String label, Control control, String hint, ObservableStringValue error, ObservableStringValue warning) {
        Label name = new Label(label);
        name.setMnemonicParsing(true);
        name.setLabelFor(control);
        name.getStyleClass().add("form-label");
        control.setAccessibleText(label.replace("_", ""));
        control.setMaxWidth(Double.MAX_VALUE);

        VBox row = new VBox(name, control);
        row.getStyleClass().add("form-row");
        if (hint != null) {
            Label why = new Label(hint);
            why.setWrapText(true);
            why.getStyleClass().add("form-hint");
            row.getChildren().add(why);
        }
        String id = control.getId() == null ? "field" : control.getId();
        row.getChildren().add(message(id + "Error", error, "form-error"));
        if (warning != null) {
            row.getChildren().add(message(id + "Warning", warning, "form-warning"));
        }
        decorate(control, error);
        return row;
    }

    /** A line under a field (its message or warning), shown only while it has words. */
    public static Label message(String id, ObservableStringValue text, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /**
     * The window's root with the layer the fields' marks are drawn on. Without it, ControlsFX puts such a
     * layer in as the scene's new root when the first mark appears, and the whole window is styled anew
     * then: a freeze of a tenth of a second at the first wrong keystroke.
     */
    public static Parent withMarkLayer(Parent root) {
        DecorationPane layer = new DecorationPane();
        layer.getStylesheets().addAll(root.getStylesheets());
        layer.setRoot(root);
        return layer;
    }

    /** The ControlsFX mark on the control and AtlantaFX's red outline, following the message. */
    private static void decorate(Control control, ObservableStringValue error) {
        ValidationSupport support = new ValidationSupport();
        support.setValidationDecorator(new GraphicValidationDecoration());
        support.registerValidator(control, false, (Control c, Object value) ->
                ValidationResult.fromMessageIf(c, error.get(), Severity.ERROR, !error.get().isEmpty()));
        error.addListener((property, before, now) -> {
            support.revalidate();
            control.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty());
            control.setAccessibleHelp(now);
        });
    }
}
