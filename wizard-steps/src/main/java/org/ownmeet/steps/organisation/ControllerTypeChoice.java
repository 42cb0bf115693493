package org.ownmeet.steps.organisation;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import org.ownmeet.installers.profile.DataProtection.ControllerType;
import org.ownmeet.steps.api.Mnemonics;
import org.ownmeet.steps.api.Texts;

/** The four kinds of organisation as radio buttons side by side (arrow keys move between them), bound to the view model. */
final class ControllerTypeChoice {
    private ControllerTypeChoice() {
    }

    static FlowPane create(ObjectProperty<ControllerType> chosen, Texts texts) {
        ToggleGroup group = new ToggleGroup();
        FlowPane choices = new FlowPane(16, 6);
        choices.setId("controllerType");
        for (ControllerType type : ControllerType.values()) {
            RadioButton button = Mnemonics.choosesOnMnemonic(new RadioButton(texts.get("organisation.type." + key(type))));
            button.setId("type-" + key(type));
            button.setToggleGroup(group);
            button.setUserData(type);
            button.setSelected(chosen.get() == type);
            choices.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((property, before, now) -> {
            if (now == null && before != null) {
                before.setSelected(true); // once chosen, one kind is always chosen
            } else if (now != null) {
                chosen.set((ControllerType) now.getUserData());
            }
        });
        chosen.addListener((property, before, now) -> group.getToggles().stream().filter(t -> t.getUserData() == now)
                .findFirst().ifPresent(t -> t.setSelected(true)));
        return choices;
    }

    /** The type's key in the texts and node ids: PUBLIC_BODY is "publicBody". */
    static String key(ControllerType type) {
        String[] words = type.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
