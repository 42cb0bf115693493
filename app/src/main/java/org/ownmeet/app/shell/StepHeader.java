package org.ownmeet.app.shell;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Above the step: where the user is ("Step 2 of 9"), the step's title and what it is for. */
final class StepHeader {
    private StepHeader() {
    }

    static VBox create(WizardShellViewModel viewModel, ResourceBundle messages) {
        var index = viewModel.currentIndexProperty();
        var step = viewModel.currentStepProperty();

        Label counter = label("stepCounter", "step-counter");
        counter.textProperty().bind(Bindings.createStringBinding(() -> MessageFormat.format(
                messages.getString("shell.stepCounter"), index.get() + 1, viewModel.stepCount()), index));
        Label title = label("stepTitle", "step-heading");
        title.textProperty().bind(Bindings.createStringBinding(() -> step.get().title(), step));
        Label description = label("stepDescription", "step-description");
        description.textProperty().bind(Bindings.createStringBinding(() -> step.get().description(), step));
        description.setWrapText(true);

        VBox header = new VBox(counter, title, description);
        header.getStyleClass().add("step-header");
        return header;
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
