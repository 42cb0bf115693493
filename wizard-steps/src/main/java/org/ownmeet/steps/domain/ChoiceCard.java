package org.ownmeet.steps.domain;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.ownmeet.steps.api.Mnemonics;
import org.ownmeet.steps.api.StepPage;

/** A radio button as a card: its title, one sentence, and what the choice needs, shown only while it is chosen. */
final class ChoiceCard {
    private ChoiceCard() {
    }

    static VBox of(ToggleGroup group, Object value, String id, String title, String sentence, Node details) {
        RadioButton choice = Mnemonics.choosesOnMnemonic(new RadioButton(title));
        choice.setId(id);
        choice.setUserData(value);
        choice.setToggleGroup(group);
        choice.getStyleClass().add("choice-title");
        Label text = StepPage.text(sentence);
        VBox more = new VBox(details);
        more.getStyleClass().add("choice-details");
        more.visibleProperty().bind(choice.selectedProperty());
        more.managedProperty().bind(more.visibleProperty());
        VBox card = new VBox(6, choice, text, more);
        card.getStyleClass().add("choice-card");
        card.setOnMouseClicked(event -> choice.setSelected(true));
        choice.selectedProperty().addListener((property, was, chosen) -> marked(card, chosen));
        marked(card, choice.isSelected());
        return card;
    }

    private static void marked(VBox card, boolean chosen) {
        card.getStyleClass().remove("chosen");
        if (chosen) {
            card.getStyleClass().add("chosen");
        }
    }

    /** The group's selection and the view model's value follow each other; the group never ends up with none chosen. */
    static <T> void bind(ToggleGroup group, ObjectProperty<T> value) {
        group.selectToggle(selected(group, value.get()));
        group.selectedToggleProperty().addListener((property, before, now) -> {
            if (now == null) {
                group.selectToggle(before);
            } else {
                @SuppressWarnings("unchecked")
                T chosen = (T) now.getUserData();
                value.set(chosen);
            }
        });
        value.addListener((property, before, now) -> group.selectToggle(selected(group, now)));
    }

    private static Toggle selected(ToggleGroup group, Object value) {
        return group.getToggles().stream().filter(toggle -> toggle.getUserData() == value).findFirst().orElse(null);
    }
}
