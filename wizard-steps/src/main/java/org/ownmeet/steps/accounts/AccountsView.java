package org.ownmeet.steps.accounts;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.steps.api.FormRow;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;

/** A name field with Add (Enter adds), the table of hosts with their full login, and Remove (Delete removes). */
final class AccountsView {
    private AccountsView() {
    }

    static Node create(AccountsViewModel viewModel, Texts texts) {
        TextField name = new TextField();
        name.setId("hostName");
        name.setPromptText(texts.get("accounts.name.prompt"));
        name.textProperty().bindBidirectional(viewModel.newNameProperty());
        // Enter adds a typed name; on an empty field it is left to the wizard's default button (Next)
        name.setOnAction(event -> {
            if (!name.getText().isEmpty()) {
                viewModel.add();
                event.consume();
            }
        });
        Button add = new Button(texts.get("accounts.add"));
        add.setId("addHost");
        add.disableProperty().bind(viewModel.canAddProperty().not());
        add.setOnAction(event -> {
            viewModel.add();
            name.requestFocus();
        });
        VBox nameRow = FormRow.of(texts.get("accounts.name"), name, texts.get("accounts.name.why"),
                viewModel.newNameErrorProperty(), null);
        int at = nameRow.getChildren().indexOf(name);
        HBox line = new HBox(8);
        nameRow.getChildren().set(at, line);
        line.getChildren().addAll(name, add);
        HBox.setHgrow(name, Priority.ALWAYS);

        TableView<String> table = table(viewModel, texts);
        Button remove = new Button(texts.get("accounts.remove"));
        remove.setId("removeHost");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> removeSelected(viewModel, table));
        Label removeHint = StepPage.text(texts.get("accounts.removeHint"));
        removeHint.getStyleClass().add("form-hint");
        HBox removeLine = new HBox(12, remove, removeHint);
        removeLine.setAlignment(Pos.CENTER_LEFT);

        Label listError = message("hostsError", "form-error");
        listError.textProperty().bind(viewModel.validation().errorProperty(ProfileFields.HOST_ACCOUNTS));
        Label none = message("hostsNone", "form-warning");
        none.textProperty().bind(viewModel.noHostsProperty());

        return StepPage.create("accounts",
                StepPage.text(texts.get("accounts.intro")),
                nameRow,
                StepPage.section(texts.get("accounts.hosts")),
                table, listError, none, removeLine, RemovalCard.passwordsKept(viewModel.removals(), texts),
                RemovalCard.create(viewModel.removals(), texts));
    }

    private static TableView<String> table(AccountsViewModel viewModel, Texts texts) {
        TableView<String> table = new TableView<>(viewModel.hosts());
        table.setId("hostsTable");
        table.setAccessibleText(texts.get("accounts.hosts"));
        table.setPlaceholder(new Label(texts.get("accounts.empty")));
        table.setPrefHeight(190);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<String, String> name = new TableColumn<>(texts.get("accounts.column.name"));
        name.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()));
        name.setSortable(false);
        TableColumn<String, String> login = new TableColumn<>(texts.get("accounts.column.login"));
        login.setCellValueFactory(row -> Bindings.concat(row.getValue(), "@", viewModel.loginDomainProperty()));
        login.setSortable(false);
        login.visibleProperty().bind(viewModel.loginDomainProperty().isNotEmpty());
        table.getColumns().add(name);
        table.getColumns().add(login);
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                removeSelected(viewModel, table);
                event.consume();
            }
        });
        return table;
    }

    /** Removes the selected host and selects the next one, so that Delete can be pressed again. */
    private static void removeSelected(AccountsViewModel viewModel, TableView<String> table) {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        viewModel.remove(index);
        if (!viewModel.hosts().isEmpty()) {
            table.getSelectionModel().clearAndSelect(Math.min(index, viewModel.hosts().size() - 1));
        }
    }

    private static Label message(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
