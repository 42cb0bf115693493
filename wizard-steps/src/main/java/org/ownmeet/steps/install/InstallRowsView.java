package org.ownmeet.steps.install;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ownmeet.steps.api.Texts;

/** A row per installer: an icon and a word for its state (a spinner while it runs), and its title. */
final class InstallRowsView {
    private InstallRowsView() {
    }

    static Node create(InstallViewModel viewModel, Texts texts) {
        VBox rows = new VBox(2);
        rows.setId("installRows");
        rows.getStyleClass().add("install-rows");
        for (InstallerRow row : viewModel.rows()) {
            rows.getChildren().add(row(row, texts));
        }
        return rows;
    }

    private static Node row(InstallerRow row, Texts texts) {
        StackPane icon = new StackPane();
        icon.getStyleClass().add("install-row-icon");
        Label title = new Label(row.title());
        title.setWrapText(true);
        title.getStyleClass().add("install-row-title");
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Label state = new Label();
        state.setId("installRowState-" + row.id());
        state.getStyleClass().add("install-row-state");
        state.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(10, icon, title, state);
        line.setId("installRow-" + row.id());
        line.getStyleClass().add("install-row");
        show(row.state(), icon, state, line, texts);
        row.stateProperty().addListener((property, before, now) -> show(now, icon, state, line, texts));
        return line;
    }

    private static void show(InstallerRow.State now, StackPane icon, Label state, HBox line, Texts texts) {
        String name = now.name().toLowerCase().replace('_', '-');
        state.setText(texts.get("install.state." + name));
        line.getStyleClass().removeIf(style -> style.startsWith("state-"));
        line.getStyleClass().add("state-" + name);
        line.setAccessibleText(((Label) line.getChildren().get(1)).getText() + ": " + state.getText());
        if (now == InstallerRow.State.RUNNING) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(14, 14);
            icon.getChildren().setAll(spinner);
        } else {
            Region shape = new Region();
            shape.getStyleClass().addAll("state-icon", "state-icon-" + name);
            icon.getChildren().setAll(shape);
        }
    }
}
