package org.ownmeet.steps.done;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ownmeet.steps.api.Texts;

/** Every check: passed or failed, what was checked, the reason in plain words, and a line for IT. */
final class CheckList {
    private CheckList() {
    }

    static Node create(DoneViewModel viewModel, Texts texts) {
        VBox list = new VBox(6);
        list.setId("checkList");
        fill(list, viewModel, texts);
        viewModel.checks().addListener((ListChangeListener<CheckRow>) change -> fill(list, viewModel, texts));
        return list;
    }

    private static void fill(VBox list, DoneViewModel viewModel, Texts texts) {
        list.getChildren().setAll(viewModel.checks().stream().map(row -> row(row, texts)).toList());
        if (viewModel.checks().isEmpty()) {
            Label none = new Label(texts.get("done.checks.none"));
            none.setId("noChecks");
            none.setWrapText(true);
            none.getStyleClass().add("form-hint");
            list.getChildren().add(none);
        }
    }

    private static Node row(CheckRow check, Texts texts) {
        Label badge = new Label(texts.get(check.passed() ? "done.check.passed" : "done.check.failed"));
        badge.getStyleClass().addAll("check-badge", check.passed() ? "passed" : "failed");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        Label title = new Label(check.title());
        title.setWrapText(true);
        title.getStyleClass().add("check-title");
        VBox text = new VBox(2, title);
        if (!check.sentence().isEmpty()) {
            Label reason = new Label(check.sentence());
            reason.setWrapText(true);
            reason.getStyleClass().add("check-reason");
            text.getChildren().add(reason);
        }
        if (!check.detail().isEmpty()) {
            Label detail = new Label(texts.format("done.check.detail", check.detail()));
            detail.setWrapText(true);
            detail.getStyleClass().addAll("check-detail", "mono");
            text.getChildren().add(detail);
        }
        HBox row = new HBox(10, badge, text);
        row.setId("check-" + check.id());
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().addAll("check-row", check.passed() ? "passed" : "failed");
        row.setAccessibleText(badge.getText() + ": " + check.title() + (check.sentence().isEmpty() ? "" : ". " + check.sentence()));
        return row;
    }
}
