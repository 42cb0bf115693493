package org.ownmeet.app.shell;

import atlantafx.base.theme.Styles;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Cancel on the left, Back and Next (Finish on the last step) on the right. */
final class NavigationBar {
    private NavigationBar() {
    }

    static HBox create(WizardShellViewModel viewModel, ResourceBundle messages, Runnable onCancel) {
        Button cancel = button("cancelButton", messages.getString("shell.cancel"));
        cancel.getStyleClass().add(Styles.FLAT);
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> onCancel.run());

        Button back = button("backButton", messages.getString("shell.back"));
        back.disableProperty().bind(viewModel.canGoBackProperty().not());
        back.setOnAction(event -> viewModel.back());

        Button next = button("nextButton", null);
        next.textProperty().bind(Bindings.when(viewModel.onLastStepProperty())
                .then(messages.getString("shell.finish")).otherwise(messages.getString("shell.next")));
        next.getStyleClass().add(Styles.ACCENT);
        next.setDefaultButton(true);
        next.disableProperty().bind(viewModel.canGoNextProperty().not());
        next.setOnAction(event -> viewModel.next());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(cancel, gap, back, next);
        bar.getStyleClass().add("navigation-bar");
        return bar;
    }

    private static Button button(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("navigation-button");
        return button;
    }
}
