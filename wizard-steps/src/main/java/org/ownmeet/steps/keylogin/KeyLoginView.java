package org.ownmeet.steps.keylogin;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ownmeet.steps.api.FormRow;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;

/** The card of the SSH login offer: the choice and how the change is guarded, or why it is not offered. */
public final class KeyLoginView {
    private KeyLoginView() {
    }

    /**
     * @param choiceKey the choice's text (its mnemonic must be free on the page)
     * @param more      what the page adds under the offer (shown with it)
     */
    public static VBox card(KeyLoginViewModel viewModel, Texts texts, String choiceKey, Node... more) {
        CheckBox keysOnly = new CheckBox(texts.get(choiceKey));
        keysOnly.setId("keyLoginsOnly");
        keysOnly.setWrapText(true);
        keysOnly.selectedProperty().bindBidirectional(viewModel.keyLoginsOnlyProperty());
        Label guard = StepPage.text(texts.get("summary.keyLogins.guard"));
        guard.getStyleClass().add("form-hint");
        VBox offer = new VBox(6, keysOnly, guard);
        offer.getChildren().addAll(more);
        offer.visibleProperty().bind(viewModel.offeredProperty());
        offer.managedProperty().bind(offer.visibleProperty());
        Label keyNeeded = FormRow.message("keyLoginsKeyNeeded", viewModel.keyNeededProperty(), "step-text");
        VBox card = StepPage.card(StepPage.section(texts.get("summary.keyLogins.title")), offer, keyNeeded);
        card.setId("keyLogins");
        card.visibleProperty().bind(viewModel.offeredProperty().or(viewModel.keyNeededProperty().isNotEmpty()));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }
}
