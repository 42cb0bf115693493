package org.ownmeet.steps.done;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ownmeet.steps.api.FormRow;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.keylogin.KeyLoginView;

/** The summary's SSH login card, with a button that applies the choice now and what became of it. */
final class KeyLoginRow {
    private KeyLoginRow() {
    }

    static VBox create(KeyLoginRunViewModel viewModel, Texts texts) {
        Button apply = new Button(texts.get("done.keyLogins.apply"));
        apply.setId("keyLoginsApply");
        apply.setMnemonicParsing(true);
        apply.setMinWidth(Button.USE_PREF_SIZE);
        apply.disableProperty().bind(viewModel.canApplyProperty().not());
        apply.setOnAction(event -> viewModel.apply());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(viewModel.runningProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label status = FormRow.message("keyLoginsStatus", viewModel.statusProperty(), "step-text");
        viewModel.failedProperty().addListener((property, before, now) -> {
            status.getStyleClass().remove("danger");
            if (now) {
                status.getStyleClass().add("danger");
            }
        });
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox row = new HBox(8, apply, spinner, status);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox card = KeyLoginView.card(viewModel.offer(), texts, "done.keyLogins.choice", (Node) row);
        card.lookup("#keyLoginsOnly").disableProperty().bind(viewModel.runningProperty());
        return card;
    }
}
