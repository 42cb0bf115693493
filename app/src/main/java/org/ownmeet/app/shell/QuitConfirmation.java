package org.ownmeet.app.shell;

import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Asks before the wizard closes; "Keep going" is the default, so Enter never quits by accident. */
final class QuitConfirmation {
    private final ResourceBundle messages;

    QuitConfirmation(ResourceBundle messages) {
        this.messages = messages;
    }

    boolean ask(Window owner, boolean serverChanged) {
        ButtonType quit = new ButtonType(messages.getString("quit.confirm"), ButtonData.OK_DONE);
        ButtonType stay = new ButtonType(messages.getString("quit.stay"), ButtonData.CANCEL_CLOSE);
        // a plain Dialog rather than an Alert: no stock question-mark icon
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.getString("quit.title"));
        dialog.setHeaderText(messages.getString("quit.header"));
        dialog.setContentText(messages.getString(serverChanged ? "quit.textChanged" : "quit.text"));
        DialogPane pane = dialog.getDialogPane();
        pane.getButtonTypes().setAll(stay, quit);
        pane.setId("quitConfirmation");
        pane.getStyleClass().add("quit-confirmation");
        pane.getStylesheets().add(QuitConfirmation.class.getResource("shell.css").toExternalForm());
        if (owner instanceof Stage stage) {
            ((Stage) pane.getScene().getWindow()).getIcons().setAll(stage.getIcons());
        }

        Button quitButton = (Button) pane.lookupButton(quit);
        quitButton.setId("confirmQuitButton");
        quitButton.setDefaultButton(false);
        Button stayButton = (Button) pane.lookupButton(stay);
        stayButton.setId("keepGoingButton");
        stayButton.setDefaultButton(true);
        return dialog.showAndWait().filter(quit::equals).isPresent();
    }
}
