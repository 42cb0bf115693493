package org.ownmeet.steps.accounts;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;

/**
 * The question before a host account on the server is deleted: it names the account, says what
 * deleting means, and takes the focus to "Keep", so that Enter never deletes by accident.
 */
final class RemovalCard {
    private RemovalCard() {
    }

    static VBox create(HostRemovals removals, Texts texts) {
        Label question = StepPage.text("");
        question.setId("removalQuestion");
        question.getStyleClass().add("stop-title");
        Label meaning = StepPage.text(texts.get("accounts.removal.meaning"));
        meaning.setId("removalMeaning");
        Button confirm = new Button();
        confirm.setId("confirmRemoval");
        confirm.getStyleClass().add("danger");
        confirm.setMnemonicParsing(false);
        confirm.setOnAction(event -> removals.confirm());
        Button keep = new Button(texts.get("accounts.removal.keep"));
        keep.setId("keepHost");
        keep.setOnAction(event -> removals.keep());
        VBox card = StepPage.card(question, meaning, new HBox(10, confirm, keep));
        card.setId("removalCard");
        card.getStyleClass().add("danger");
        card.visibleProperty().bind(removals.pendingProperty().isNotEmpty());
        card.managedProperty().bind(card.visibleProperty());
        removals.pendingProperty().addListener((property, before, now) -> {
            if (!now.isEmpty()) {
                question.setText(texts.format("accounts.removal.question", removals.pendingAccount()));
                confirm.setText(texts.format("accounts.removal.confirm", removals.pendingAccount()));
                Platform.runLater(() -> focusWhenLaidOut(card, keep));
            }
        });
        return card;
    }

    /** The card just appeared: laid out first, so that the page scrolls to the whole of it when Keep takes the focus. */
    private static void focusWhenLaidOut(VBox card, Button keep) {
        if (card.getScene() != null) {
            card.getScene().getRoot().applyCss();
            card.getScene().getRoot().layout();
        }
        keep.requestFocus();
    }

    /** Said whenever the server has hosts already: their own passwords stay theirs. */
    static Label passwordsKept(HostRemovals removals, Texts texts) {
        Label note = StepPage.text(texts.get("accounts.passwordsKept"));
        note.setId("ownPasswordsKept");
        note.getStyleClass().add("form-hint");
        note.visibleProperty().bind(removals.serverHasHostsProperty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }
}
