package org.ownmeet.steps.connection;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.geometry.Pos;

import org.ownmeet.installers.ssh.SshTarget;
import org.ownmeet.steps.api.Texts;

/** "Connect", the spinner while it runs, and a line saying to which server it connects or is connected. */
final class ConnectButton {
    private ConnectButton() {
    }

    static HBox create(ConnectionViewModel viewModel, Texts texts) {
        Button connect = new Button(texts.get("connection.connect"));
        connect.setId("connectButton");
        connect.setMnemonicParsing(true);
        connect.getStyleClass().add("accent");
        // stays enabled while connecting (a second press does nothing): the keyboard focus then rests here
        // instead of jumping back to the top of the page when the fields are disabled
        connect.setOnAction(event -> viewModel.connect());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("connectProgress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("connectStatus");
        status.setWrapText(true);
        status.getStyleClass().add("connect-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> status(viewModel, texts),
                viewModel.busyProperty(), viewModel.connectedToProperty(), viewModel.attemptProperty()));
        HBox row = new HBox(10, connect, progress, status);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static String status(ConnectionViewModel viewModel, Texts texts) {
        SshTarget connected = viewModel.connectedToProperty().get();
        if (viewModel.busyProperty().get()) {
            return texts.format("connection.connecting", viewModel.attemptProperty().get());
        }
        return connected == null ? "" : texts.format("connection.connected", connected);
    }
}
