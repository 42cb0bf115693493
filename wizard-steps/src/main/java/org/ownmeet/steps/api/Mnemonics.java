package org.ownmeet.steps.api;

import javafx.event.ActionEvent;
import javafx.scene.control.RadioButton;

/** Keyboard shortcuts (Alt + the underlined letter) that do what a user expects of them. */
public final class Mnemonics {
    private Mnemonics() {
    }

    /**
     * The radio button's mnemonic chooses it. JavaFX's mnemonic only focuses the button and fires an
     * ActionEvent, which by itself does not select it; a click or Space selects before that event, so
     * selecting again here changes nothing for them. (A check box's mnemonic focuses it and Space turns
     * it on or off: toggling here too would undo every click.)
     */
    public static RadioButton choosesOnMnemonic(RadioButton button) {
        button.setMnemonicParsing(true);
        button.addEventHandler(ActionEvent.ACTION, event -> button.setSelected(true));
        return button;
    }
}
