package org.ownmeet.steps.summary;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ownmeet.steps.api.Mnemonics;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.summary.SummaryViewModel.State;

/** The server's settings and latest runs; a saved profile that differs, with the choice; what would be taken over. */
final class SummaryView {
    private SummaryView() {
    }

    /** {@code upkeep}: the upgrade choice, the health and the SSH login offer ({@link UpkeepView}), after what the server is. */
    static Node create(SummaryViewModel viewModel, Texts texts, Node... upkeep) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(viewModel.stateProperty().isEqualTo(State.LOADING));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label headline = StepPage.text("");
        headline.setId("summaryHeadline");
        headline.getStyleClass().add("summary-headline");
        headline.textProperty().bind(viewModel.headlineProperty());
        Label detail = shownWhenSet(viewModel.detailProperty().getValue(), "summaryDetail");
        detail.textProperty().bind(viewModel.detailProperty());
        detail.visibleProperty().bind(viewModel.detailProperty().isNotEmpty());
        detail.getStyleClass().add("for-it");

        Button setUp = new Button(texts.get("summary.setUpInstead"));
        setUp.setId("summarySetUpInstead");
        setUp.setOnAction(event -> viewModel.setUpInstead());
        setUp.visibleProperty().bind(viewModel.stateProperty().isEqualTo(State.NOTHING));
        setUp.managedProperty().bind(setUp.visibleProperty());

        VBox settings = card("summarySettings", texts.get("summary.settings"), viewModel.settings(), "summarySetting-");
        Label installed = shownWhenSet("", "summaryInstalled");
        installed.textProperty().bind(viewModel.installedProperty());
        installed.visibleProperty().bind(viewModel.installedProperty().isNotEmpty());
        VBox runs = card("summaryRuns", texts.get("summary.runs"), viewModel.runs(), "summaryRun-");
        runs.getChildren().add(1, installed);
        VBox takenOver = card("summaryTakeOver", texts.get("summary.takeOver"), viewModel.takenOver(), "summaryTakeOver-");
        takenOver.getChildren().add(StepPage.text(texts.get("summary.takeOver.review")));
        takenOver.getStyleClass().add("warning");

        List<Node> children = new ArrayList<>(List.of(new HBox(8, spinner, headline), detail, setUp, savedCard(viewModel, texts),
                takenOver));
        children.addAll(List.of(upkeep));
        children.addAll(List.of(settings, runs));
        VBox page = StepPage.create("summary", children.toArray(Node[]::new));
        page.getStylesheets().add(SummaryView.class.getResource("summary.css").toExternalForm());
        return page;
    }

    /** A card with a heading and one line per item, hidden while there is none. */
    private static VBox card(String id, String heading, ObservableList<String> items, String lineId) {
        VBox lines = new VBox(4);
        Runnable fill = () -> {
            lines.getChildren().clear();
            for (int i = 0; i < items.size(); i++) {
                Label line = StepPage.text(items.get(i));
                line.setId(lineId + i);
                lines.getChildren().add(line);
            }
        };
        items.addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        VBox card = StepPage.card(StepPage.section(heading), lines);
        card.setId(id);
        card.visibleProperty().bind(Bindings.isNotEmpty(items));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    /** The saved profile differs: how, and which one the next pages start from (the server's unless the user says otherwise). */
    private static VBox savedCard(SummaryViewModel viewModel, Texts texts) {
        VBox card = card("summarySaved", texts.get("summary.saved.title"), viewModel.differences(), "summaryDifference-");
        card.getStyleClass().add("warning");
        ToggleGroup group = new ToggleGroup();
        RadioButton server = Mnemonics.choosesOnMnemonic(new RadioButton(texts.get("summary.saved.useServer")));
        server.setId("useServerProfile");
        server.setToggleGroup(group);
        RadioButton here = Mnemonics.choosesOnMnemonic(new RadioButton(texts.get("summary.saved.useSaved")));
        here.setId("useSavedProfile");
        here.setToggleGroup(group);
        server.setSelected(!viewModel.useSavedProperty().get());
        here.setSelected(viewModel.useSavedProperty().get());
        here.selectedProperty().addListener((property, before, now) -> viewModel.useSavedProperty().set(now));
        viewModel.useSavedProperty().addListener((property, before, now) -> (now ? here : server).setSelected(true));
        card.getChildren().addAll(server, here);
        return card;
    }

    private static Label shownWhenSet(String text, String id) {
        Label label = StepPage.text(text);
        label.setId(id);
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
