package org.ownmeet.steps.review;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ownmeet.steps.api.Texts;

/** One installer's changes in a pane of their own; each change with an icon for its kind and, if it has one, its detail to open. */
final class PlanGroupView {
    private PlanGroupView() {
    }

    static TitledPane create(PlanGroup group, Texts texts) {
        VBox content = new VBox(8);
        content.getStyleClass().add("plan-group");
        for (String warning : group.warnings()) {
            Label line = new Label(warning, icon("warning"));
            line.setWrapText(true);
            line.getStyleClass().add("plan-warning");
            content.getChildren().add(line);
        }
        if (group.nothingToChange()) {
            content.getChildren().add(muted(texts.get("review.groupUnchanged")));
        }
        List<PlannedChange> changes = group.changes();
        for (int i = 0; i < changes.size(); i++) {
            content.getChildren().add(change(changes.get(i), group.id() + "-" + i, texts));
        }
        if (!group.restarts().isEmpty()) {
            Label restarts = muted(texts.format("review.restarts", String.join(", ", group.restarts())));
            restarts.setId("reviewRestarts-" + group.id());
            content.getChildren().add(restarts);
        }
        String title = group.nothingToChange() ? texts.format("review.groupTitleUnchanged", group.title())
                : texts.format("review.groupTitle", group.title(), changes.size());
        TitledPane pane = new TitledPane(title, content);
        pane.setId("reviewGroup-" + group.id());
        pane.setMinWidth(0); // a long title ends in "…" rather than widening the page past the window
        pane.setMaxWidth(Double.MAX_VALUE);
        pane.setExpanded(!group.nothingToChange() || !group.warnings().isEmpty());
        pane.getStyleClass().add(Styles.DENSE);
        return pane;
    }

    private static Node change(PlannedChange change, String key, Texts texts) {
        Label summary = new Label(change.summary());
        summary.setWrapText(true);
        summary.getStyleClass().add("plan-change-summary");
        summary.setId("reviewChange-" + key);
        VBox text = new VBox(4, summary);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, icon(change.kind().name().toLowerCase()), text);
        row.getStyleClass().add("plan-change");
        if (change.hasDetail()) {
            ToggleButton open = new ToggleButton();
            open.setId("reviewDetail-" + key);
            open.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "plan-detail-toggle");
            open.textProperty().bind(open.selectedProperty().map(shown -> texts.get(shown ? "review.hideDetail" : "review.showDetail")));
            open.setAccessibleText(change.summary());
            text.getChildren().add(open);
            open.selectedProperty().addListener((property, was, shown) -> {
                if (shown && text.getChildren().size() == 2) {
                    Node diff = DiffView.create(change.detail(), "reviewDiff-" + key);
                    diff.visibleProperty().bind(open.selectedProperty());
                    diff.managedProperty().bind(diff.visibleProperty());
                    text.getChildren().add(diff);
                }
            });
        }
        return row;
    }

    /** A small shape for a change's kind (file, action, pending) or a warning, drawn by the style sheet in the theme's colours. */
    static Region icon(String kind) {
        Region icon = new Region();
        icon.getStyleClass().addAll("plan-icon", "plan-icon-" + kind);
        return icon;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("plan-muted");
        return label;
    }
}
