package org.ownmeet.steps.done;

import java.util.Arrays;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ownmeet.installers.engine.ApplyContext.HostCredential;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.work.EngineWork;

/**
 * The new hosts and their one-time passwords: a warning that they are shown only now, a row per host
 * with Copy and its handout (Save as PDF, Print), and Print (a page per host). When the wizard closes the rows go, and a password still on
 * the clipboard is cleared from it before the passwords are wiped.
 */
final class HostPasswords {
    private HostPasswords() {
    }

    static Node create(DoneViewModel viewModel, Texts texts, EngineWork work) {
        VBox box = new VBox(10);
        box.setId("newHosts");
        fill(box, viewModel, texts, work);
        viewModel.newHosts().addListener((ListChangeListener<HostCredential>) change -> fill(box, viewModel, texts, work));
        viewModel.beforeWipe(hosts -> clearClipboardIfItHoldsOneOf(hosts, viewModel));
        return box;
    }

    private static void fill(VBox box, DoneViewModel viewModel, Texts texts, EngineWork work) {
        box.getChildren().setAll(StepPage.section(texts.get("done.hosts")));
        if (viewModel.newHosts().isEmpty()) {
            Label none = StepPage.text(texts.get("done.hosts.none"));
            none.setId("noNewHosts");
            box.getChildren().add(none);
            return;
        }
        Label warning = new Label(texts.get("done.hosts.warning"));
        warning.setId("passwordWarning");
        warning.setWrapText(true);
        warning.getStyleClass().add("summary-headline");
        VBox warningCard = StepPage.card(warning, StepPage.text(texts.get("done.hosts.handOut")));
        warningCard.getStyleClass().add("warning");

        GridPane table = new GridPane();
        table.setId("passwordTable");
        table.getStyleClass().add("password-table");
        table.setHgap(16);
        table.setVgap(8);
        table.addRow(0, header(texts.get("done.hosts.login")), header(texts.get("done.hosts.password")));
        Label printStatus = new Label();
        List<HostCredential> hosts = viewModel.newHosts();
        for (int i = 0; i < hosts.size(); i++) {
            HostCredential host = hosts.get(i);
            String login = viewModel.login(host);
            Label user = new Label(login);
            user.setId("login-" + i);
            user.getStyleClass().add("mono");
            Label password = new Label(viewModel.passwordText(host));
            password.setId("password-" + i);
            password.getStyleClass().addAll("mono", "one-time-password");
            Button copy = new Button(texts.get("done.hosts.copy"));
            copy.setId("copyPassword-" + i);
            copy.setAccessibleText(texts.format("done.hosts.copy.accessible", login));
            copy.setOnAction(event -> DoneView.copy(viewModel.passwordText(host)));
            for (Region whole : List.of(user, password, copy)) {
                whole.setMinWidth(Region.USE_PREF_SIZE); // a login or password cut short is no use
            }
            table.addRow(2 * i + 1, user, password, copy);
            // the handout's buttons on a line of their own, so the row fits a laptop's window
            table.add(HandoutActions.create(viewModel, texts, work, host, i, printStatus), 0, 2 * i + 2, 3, 1);
        }

        printStatus.setId("printStatus");
        printStatus.setWrapText(true);
        printStatus.getStyleClass().add("form-hint");
        printStatus.visibleProperty().bind(printStatus.textProperty().isNotEmpty());
        printStatus.managedProperty().bind(printStatus.visibleProperty());
        Button print = new Button(texts.get("done.hosts.print"));
        print.setId("printPasswords");
        print.setMnemonicParsing(true);
        print.setOnAction(event -> printStatus.setText(PasswordSheet.print(viewModel, texts, print.getScene().getWindow())));
        box.getChildren().addAll(warningCard, StepPage.card(table, print, printStatus));
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }

    private static void clearClipboardIfItHoldsOneOf(List<HostCredential> hosts, DoneViewModel viewModel) {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (!clipboard.hasString()) {
            return;
        }
        char[] held = clipboard.getString().toCharArray();
        try {
            for (HostCredential host : hosts) {
                char[] password = host.oneTimePassword().chars();
                boolean same = Arrays.equals(held, password);
                Arrays.fill(password, '\0');
                if (same) {
                    clipboard.clear();
                    return;
                }
            }
        } finally {
            Arrays.fill(held, '\0');
        }
    }
}
