package org.ownmeet.steps.install;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.ownmeet.steps.api.Texts;

/** Asks before stopping a run; "Keep installing" is the default, so Enter never stops by accident. */
final class CancelConfirmation {
    private CancelConfirmation() {
    }

    static boolean ask(Window owner, Texts texts) {
        ButtonType stop = new ButtonType(texts.get("install.cancel.stop"), ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(texts.get("install.cancel.keep"), ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(texts.get("install.cancel.title"));
        dialog.setHeaderText(texts.get("install.cancel.header"));
        dialog.setContentText(texts.get("install.cancel.text"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("installCancelConfirmation");
        pane.getButtonTypes().setAll(keep, stop);
        Button stopButton = (Button) pane.lookupButton(stop);
        stopButton.setId("confirmStopButton");
        stopButton.setDefaultButton(false);
        Button keepButton = (Button) pane.lookupButton(keep);
        keepButton.setId("keepInstallingButton");
        keepButton.setDefaultButton(true);
        return dialog.showAndWait().filter(stop::equals).isPresent();
    }
}
