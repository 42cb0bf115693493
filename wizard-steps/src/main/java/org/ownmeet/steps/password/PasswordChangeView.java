package org.ownmeet.steps.password;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ownmeet.installers.password.PasswordChangeForm;
import org.ownmeet.steps.api.FormRow;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;

/** Domain, user name, current password, new password twice with its strength, Change, and what came of it. */
final class PasswordChangeView {
    private PasswordChangeView() {
    }

    static Node create(PasswordChangeViewModel viewModel, Texts texts) {
        TextField domain = new TextField();
        domain.setId("passwordDomain");
        domain.setPromptText("meet.example.org");
        domain.textProperty().bindBidirectional(viewModel.domainProperty());
        TextField user = new TextField();
        user.setId("passwordUser");
        user.textProperty().bindBidirectional(viewModel.userProperty());
        PasswordField current = password("passwordCurrent", viewModel, viewModel.currentProperty());
        PasswordField next = password("passwordNew", viewModel, viewModel.newPasswordProperty());
        PasswordField repeat = password("passwordRepeat", viewModel, viewModel.repeatProperty());

        VBox newRow = row(texts, "new", next, viewModel, PasswordChangeForm.NEW);
        newRow.getChildren().add(2, StrengthMeter.create(viewModel));

        Button change = new Button(texts.get("password.change"));
        change.setId("passwordChangeButton");
        change.setMnemonicParsing(true);
        change.setDefaultButton(true);
        change.disableProperty().bind(viewModel.busyProperty());
        change.setOnAction(event -> viewModel.change());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(22, 22);
        working.visibleProperty().bind(viewModel.busyProperty());
        Label workingText = new Label(texts.get("password.working"));
        workingText.visibleProperty().bind(viewModel.busyProperty());
        HBox actions = new HBox(12, change, working, workingText);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox page = StepPage.create("password",
                StepPage.text(texts.get("password.intro")),
                row(texts, "domain", domain, viewModel, PasswordChangeForm.DOMAIN),
                row(texts, "user", user, viewModel, PasswordChangeForm.USER),
                row(texts, "current", current, viewModel, PasswordChangeForm.CURRENT),
                newRow,
                row(texts, "repeat", repeat, viewModel, PasswordChangeForm.REPEAT),
                actions,
                outcome(viewModel),
                StepPage.text(texts.get("password.private")));
        page.getStylesheets().add(PasswordChangeView.class.getResource("password.css").toExternalForm());
        return page;
    }

    private static PasswordField password(String id, PasswordChangeViewModel viewModel, javafx.beans.property.StringProperty value) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static VBox row(Texts texts, String key, TextInputControl control, PasswordChangeViewModel viewModel, String field) {
        control.disableProperty().bind(viewModel.busyProperty());
        control.focusedProperty().addListener((property, was, focused) -> {
            if (!focused) {
                viewModel.touch(field);
            }
        });
        return FormRow.of(texts.get("password." + key), control, texts.get("password." + key + ".why"),
                viewModel.errorProperty(field), null);
    }

    /** The result of the last change: green when it worked, red with the reason when not. */
    private static Node outcome(PasswordChangeViewModel viewModel) {
        Label message = new Label();
        message.setId("passwordOutcome");
        message.setWrapText(true);
        message.getStyleClass().add("outcome-text");
        message.textProperty().bind(viewModel.messageProperty());
        VBox card = StepPage.card(message);
        card.setId("passwordOutcomeCard");
        card.visibleProperty().bind(message.textProperty().isNotEmpty());
        card.managedProperty().bind(card.visibleProperty());
        viewModel.outcomeProperty().addListener((property, before, now) -> {
            card.getStyleClass().removeAll("success", "danger");
            if (now != ChangeOutcome.NONE) {
                card.getStyleClass().add(now == ChangeOutcome.CHANGED ? "success" : "danger");
            }
        });
        return card;
    }
}
