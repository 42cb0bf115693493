package org.ownmeet.steps.connection;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.steps.api.FormRow;
import org.ownmeet.steps.api.Mnemonics;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;

/**
 * The server's address and the login, "Connect", then what the server is; a changed host key
 * replaces the form with the stop screen. Enter in any field connects (the shell's Next stays the
 * default button elsewhere).
 */
final class ConnectionView {
    private static final String STYLES = ConnectionView.class.getResource("connection.css").toExternalForm();

    private ConnectionView() {
    }

    static Node create(ConnectionViewModel viewModel, Texts texts) {
        ServerAddressFields address = viewModel.address();
        TextField host = bound(new TextField(), "connectionHost", address.hostProperty(), viewModel);
        TextField port = new TextField();
        port.setTextFormatter(new TextFormatter<String>(change -> address.acceptsPort(change.getControlNewText()) ? change : null));
        bound(port, "connectionPort", address.portProperty(), viewModel);
        TextField user = bound(new TextField(), "connectionUser", address.userProperty(), viewModel);
        PasswordField password = bound(new PasswordField(), "connectionPassword", viewModel.passwordProperty(), viewModel);
        TextField keyFile = bound(new TextField(), "connectionKeyFile", viewModel.keyFileProperty(), viewModel);
        PasswordField passphrase = bound(new PasswordField(), "connectionPassphrase", viewModel.passphraseProperty(), viewModel);
        PasswordField sudo = bound(new PasswordField(), "connectionSudoPassword", viewModel.sudoPasswordProperty(), viewModel);

        VBox hostRow = row(texts, "connection.host", host, viewModel, ConnectionField.HOST, address, ProfileFields.SERVER_HOST);
        VBox portRow = row(texts, "connection.port", port, viewModel, ConnectionField.PORT, address, ProfileFields.SERVER_PORT);
        portRow.setPrefWidth(130);
        portRow.setMinWidth(110);
        HBox.setHgrow(hostRow, Priority.ALWAYS);
        HBox where = new HBox(12, hostRow, portRow);
        VBox userRow = row(texts, "connection.user", user, viewModel, ConnectionField.USER, address, ProfileFields.SERVER_USER);

        VBox passwordRow = row(texts, "connection.password", password, viewModel, ConnectionField.PASSWORD, null, null);
        VBox keyRow = row(texts, "connection.keyFile", keyFile, viewModel, ConnectionField.KEY_FILE, null, null);
        Button choose = new Button(texts.get("connection.keyFile.choose"));
        choose.setId("chooseKeyFile");
        choose.setOnAction(event -> chooseKey(keyFile, viewModel, texts));
        HBox.setHgrow(keyFile, Priority.ALWAYS);
        keyRow.getChildren().set(1, new HBox(8, keyFile, choose));
        VBox passphraseRow = row(texts, "connection.passphrase", passphrase, viewModel, ConnectionField.PASSPHRASE, null, null);
        CheckBox sudoDiffers = new CheckBox(texts.get("connection.sudoDiffers"));
        sudoDiffers.setId("sudoDiffers");
        sudoDiffers.selectedProperty().bindBidirectional(viewModel.sudoDiffersProperty());
        VBox sudoRow = row(texts, "connection.sudoPassword", sudo, viewModel, ConnectionField.SUDO_PASSWORD, null, null);

        VBox methods = loginMethods(viewModel, texts);
        showWhen(passwordRow, viewModel.methodProperty().isEqualTo(LoginMethod.PASSWORD));
        showWhen(keyRow, viewModel.methodProperty().isEqualTo(LoginMethod.KEY_FILE));
        showWhen(passphraseRow, viewModel.methodProperty().isEqualTo(LoginMethod.KEY_FILE).and(viewModel.passphraseShownProperty()));
        showWhen(sudoRow, viewModel.sudoDiffersProperty());

        VBox fields = new VBox(14, StepPage.section(texts.get("connection.server")), where, userRow,
                StepPage.section(texts.get("connection.login")), methods, passwordRow, keyRow, passphraseRow, sudoDiffers, sudoRow);
        fields.disableProperty().bind(viewModel.busyProperty());
        VBox form = new VBox(14, fields, ConnectButton.create(viewModel, texts), generalMessage(viewModel));
        form.setId("connectionForm");
        showWhen(form, viewModel.changedKeyProperty().isNull());

        Map<ConnectionField, Control> controls = Map.of(ConnectionField.HOST, host, ConnectionField.PORT, port,
                ConnectionField.USER, user, ConnectionField.PASSWORD, password, ConnectionField.KEY_FILE, keyFile,
                ConnectionField.PASSPHRASE, passphrase, ConnectionField.SUDO_PASSWORD, sudo);
        viewModel.messages().focusProperty().addListener((property, before, field) -> {
            if (field != null && controls.containsKey(field)) {
                controls.get(field).requestFocus();
            }
        });

        var page = StepPage.create("connection", StepPage.text(texts.get("connection.intro")), form,
                ConnectionCards.preflight(viewModel, texts), ConnectionCards.changedKey(viewModel, texts));
        page.getStylesheets().add(STYLES);
        return page;
    }

    private static VBox loginMethods(ConnectionViewModel viewModel, Texts texts) {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(6);
        for (LoginMethod method : LoginMethod.values()) {
            RadioButton choice = Mnemonics.choosesOnMnemonic(new RadioButton(texts.get("connection.method." + method.key())));
            choice.setId("login" + Character.toUpperCase(method.key().charAt(0)) + method.key().substring(1));
            choice.setUserData(method);
            choice.setToggleGroup(group);
            choice.setSelected(viewModel.methodProperty().get() == method);
            choices.getChildren().add(choice);
            if (method == LoginMethod.AGENT && !viewModel.agentAvailable()) {
                choice.setDisable(true);
                Label why = new Label(texts.get("connection.agent.missing"));
                why.setId("agentMissing");
                why.setWrapText(true);
                why.getStyleClass().add("form-hint");
                choices.getChildren().add(why);
            }
        }
        group.selectedToggleProperty().addListener((property, before, now) -> {
            if (now != null) {
                viewModel.methodProperty().set((LoginMethod) now.getUserData());
            }
        });
        viewModel.methodProperty().addListener((property, before, now) -> group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == now).findFirst().ifPresent(group::selectToggle));
        return choices;
    }

    private static VBox generalMessage(ConnectionViewModel viewModel) {
        Label message = new Label();
        message.setId("connectionError");
        message.setWrapText(true);
        message.getStyleClass().add("form-error");
        message.textProperty().bind(viewModel.messages().at(ConnectionField.GENERAL));
        Label forIt = new Label();
        forIt.setId("connectionDetail");
        forIt.setWrapText(true);
        forIt.getStyleClass().add("for-it");
        forIt.textProperty().bind(viewModel.messages().detailProperty());
        showWhen(message, message.textProperty().isNotEmpty());
        showWhen(forIt, forIt.textProperty().isNotEmpty());
        return new VBox(4, message, forIt);
    }

    private static <T extends TextField> T bound(T field, String id, javafx.beans.property.StringProperty value,
                                                        ConnectionViewModel viewModel) {
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setOnAction(event -> viewModel.connect());
        return field;
    }

    private static VBox row(Texts texts, String key, Control control, ConnectionViewModel viewModel, ConnectionField field,
                            ServerAddressFields address, String path) {
        if (path != null) {
            control.focusedProperty().addListener((property, was, focused) -> {
                if (!focused) {
                    address.validation().touch(path);
                }
            });
        }
        return FormRow.of(texts.get(key), control, texts.get(key + ".why"), viewModel.messages().at(field), null);
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(condition::get, condition));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static void chooseKey(TextField keyFile, ConnectionViewModel viewModel, Texts texts) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("connection.keyFile.chooseTitle"));
        Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
        if (Files.isDirectory(ssh)) {
            chooser.setInitialDirectory(ssh.toFile());
        }
        File chosen = chooser.showOpenDialog(keyFile.getScene().getWindow());
        if (chosen != null) {
            viewModel.keyFileProperty().set(chosen.getPath());
        }
    }
}
