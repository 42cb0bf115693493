package org.ownmeet.steps.summary;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ownmeet.installers.verify.HealthFinding.Level;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.summary.UpkeepViewModel.HealthLine;

/** The server's health (a line per finding, its level as a mark and a colour), the Jitsi upgrade choice, the SSH login offer. */
final class UpkeepView {
    private static final Map<Level, String> MARKS = Map.of(Level.OK, "✓", Level.WARNING, "!", Level.PROBLEM, "✗");

    private UpkeepView() {
    }

    static Node[] create(UpkeepViewModel viewModel, Texts texts) {
        return new Node[] {upgradeCard(viewModel, texts), healthCard(viewModel, texts), loginCard(viewModel, texts)};
    }

    private static VBox healthCard(UpkeepViewModel viewModel, Texts texts) {
        VBox lines = new VBox(6);
        Runnable fill = () -> {
            lines.getChildren().clear();
            for (int i = 0; i < viewModel.health().size(); i++) {
                lines.getChildren().add(line(viewModel.health().get(i), texts, "summaryHealth-" + i));
            }
        };
        viewModel.health().addListener((ListChangeListener<HealthLine>) change -> fill.run());
        fill.run();
        VBox card = StepPage.card(StepPage.section(texts.get("summary.health")), lines);
        card.setId("summaryHealth");
        card.visibleProperty().bind(Bindings.isNotEmpty(viewModel.health()));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    /** The mark and the sentence; a screen reader hears the level's word before the sentence. */
    private static HBox line(HealthLine health, Texts texts, String id) {
        String level = health.level().name().toLowerCase();
        Label mark = new Label(MARKS.get(health.level()));
        mark.getStyleClass().addAll("health-mark", level);
        mark.setMinWidth(18);
        Label text = StepPage.text(health.text());
        text.setId(id);
        text.setAccessibleText(texts.get("summary.health." + level) + ": " + health.text());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, mark, text);
        row.getStyleClass().addAll("health-line", level);
        return row;
    }

    private static VBox upgradeCard(UpkeepViewModel viewModel, Texts texts) {
        Label notice = StepPage.text("");
        notice.setId("summaryJitsiUpgrade");
        notice.textProperty().bind(viewModel.upgradeNoticeProperty());
        VBox versions = new VBox(2);
        versions.setId("summaryJitsiVersions");
        Runnable fill = () -> versions.getChildren().setAll(viewModel.upgradeVersions().stream().map(line -> {
            Label version = StepPage.text(line);
            version.getStyleClass().add("mono");
            return version;
        }).toList());
        viewModel.upgradeVersions().addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        CheckBox upgrade = new CheckBox();
        upgrade.setId("upgradeJitsi");
        upgrade.setWrapText(true);
        upgrade.textProperty().bind(viewModel.upgradeChoiceProperty());
        upgrade.selectedProperty().bindBidirectional(viewModel.upgradeJitsiProperty());
        VBox card = StepPage.card(StepPage.section(texts.get("summary.jitsiUpgrade.title")), notice, versions, upgrade,
                StepPage.text(texts.get("summary.jitsiUpgrade.after")));
        card.setId("summaryUpgrade");
        card.getStyleClass().add("warning");
        card.visibleProperty().bind(viewModel.upgradeNoticeProperty().isNotEmpty());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private static VBox loginCard(UpkeepViewModel viewModel, Texts texts) {
        CheckBox keysOnly = new CheckBox(texts.get("summary.keyLogins.choice"));
        keysOnly.setId("keyLoginsOnly");
        keysOnly.setWrapText(true);
        keysOnly.selectedProperty().bindBidirectional(viewModel.keyLoginsOnlyProperty());
        Label guard = StepPage.text(texts.get("summary.keyLogins.guard"));
        guard.getStyleClass().add("form-hint");
        VBox offer = new VBox(6, keysOnly, guard);
        offer.visibleProperty().bind(viewModel.keyLoginOfferedProperty());
        offer.managedProperty().bind(offer.visibleProperty());
        Label keyNeeded = StepPage.text("");
        keyNeeded.setId("summaryKeyNeeded");
        keyNeeded.textProperty().bind(viewModel.keyNeededProperty());
        keyNeeded.visibleProperty().bind(viewModel.keyNeededProperty().isNotEmpty());
        keyNeeded.managedProperty().bind(keyNeeded.visibleProperty());
        VBox card = StepPage.card(StepPage.section(texts.get("summary.keyLogins.title")), offer, keyNeeded);
        card.setId("summaryKeyLogins");
        card.visibleProperty().bind(viewModel.keyLoginOfferedProperty().or(viewModel.keyNeededProperty().isNotEmpty()));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }
}
