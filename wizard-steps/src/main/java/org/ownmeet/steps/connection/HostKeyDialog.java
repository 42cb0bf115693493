package org.ownmeet.steps.connection;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.ownmeet.installers.ssh.hostkey.HostKey;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;

/**
 * "Is this your server?": the key's type and SHA-256 fingerprint exactly as ssh prints them, where
 * the hosting provider shows it, and two answers. Enter and Esc both stop; confirming takes a
 * deliberate choice. The connecting thread waits for the answer.
 */
final class HostKeyDialog implements HostKeyQuestion {
    private final Texts texts;
    private final Supplier<Window> owner;

    HostKeyDialog(Texts texts, Supplier<Window> owner) {
        this.texts = texts;
        this.owner = owner;
    }

    @Override
    public boolean ask(String server, HostKey key) {
        if (Platform.isFxApplicationThread()) {
            return show(server, key);
        }
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(show(server, key));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }

    private boolean show(String server, HostKey key) {
        ButtonType yes = new ButtonType(texts.get("connection.hostKey.yes"), ButtonData.YES);
        ButtonType no = new ButtonType(texts.get("connection.hostKey.no"), ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(texts.get("connection.hostKey.title"));
        dialog.setHeaderText(texts.get("connection.hostKey.header"));
        dialog.getDialogPane().setId("hostKeyDialog");
        dialog.getDialogPane().getButtonTypes().setAll(yes, no);

        Label intro = StepPage.text(texts.format("connection.hostKey.intro", server));
        Label fingerprint = new Label(key.describe());
        fingerprint.setId("hostKeyFingerprint");
        fingerprint.getStyleClass().add("mono");
        fingerprint.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // one line, as ssh prints it
        Label compare = StepPage.text(texts.get("connection.hostKey.compare"));
        VBox content = StepPage.create("hostKey", intro, fingerprint, compare);
        content.setPrefWidth(600);
        dialog.getDialogPane().setContent(content);

        Button trust = (Button) dialog.getDialogPane().lookupButton(yes);
        trust.setId("hostKeyTrust");
        trust.setDefaultButton(false);
        Button refuse = (Button) dialog.getDialogPane().lookupButton(no);
        refuse.setId("hostKeyRefuse");
        refuse.setDefaultButton(true);
        return dialog.showAndWait().filter(yes::equals).isPresent();
    }
}
