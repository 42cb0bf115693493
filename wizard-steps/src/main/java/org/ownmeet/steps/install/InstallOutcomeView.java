package org.ownmeet.steps.install;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;

/** How the run ended: a failure (what went wrong, what was put back, Retry), a stop (done, left, Retry), or success. */
final class InstallOutcomeView {
    private InstallOutcomeView() {
    }

    static Node create(InstallViewModel viewModel, Texts texts) {
        return new VBox(10, failed(viewModel, texts), cancelled(viewModel, texts), succeeded(viewModel, texts));
    }

    private static Node failed(InstallViewModel viewModel, Texts texts) {
        Label message = StepPage.text("");
        message.setId("installProblem");
        message.textProperty().bind(viewModel.outcome().problemProperty());
        VBox undone = list("installUndone", viewModel.outcome().undone(), "");
        Label detail = new Label();
        detail.setId("installProblemDetail");
        detail.setWrapText(true);
        detail.getStyleClass().add("install-muted");
        detail.textProperty().bind(viewModel.outcome().problemDetailProperty().map(d -> d.isEmpty() ? "" : texts.format("install.forIt", d)));
        VBox card = StepPage.card(StepPage.section(texts.get("install.failed")), message, undone, detail,
                EarlierHostsView.create(viewModel.earlierHosts(), texts, "installFailed"),
                StepPage.text(texts.get("install.retryWhy")), retry("installRetry", viewModel, texts));
        return when(card, "installFailed", "danger", viewModel, InstallViewModel.Phase.FAILED);
    }

    private static Node cancelled(InstallViewModel viewModel, Texts texts) {
        Label doneHeading = StepPage.text(texts.get("install.stoppedDone"));
        Label leftHeading = StepPage.text(texts.get("install.stoppedLeft"));
        VBox card = StepPage.card(StepPage.section(texts.get("install.stopped")),
                doneHeading, list("installDone", viewModel.outcome().done(), texts.get("install.stoppedNothingDone")),
                leftHeading, list("installLeft", viewModel.outcome().left(), texts.get("install.stoppedNothingLeft")),
                EarlierHostsView.create(viewModel.earlierHosts(), texts),
                StepPage.text(texts.get("install.retryWhy")), retry("installRetryStopped", viewModel, texts));
        return when(card, "installCancelled", "warning", viewModel, InstallViewModel.Phase.CANCELLED);
    }

    private static Node succeeded(InstallViewModel viewModel, Texts texts) {
        VBox card = StepPage.card(StepPage.section(texts.get("install.succeeded")), StepPage.text(texts.get("install.succeededNext")));
        return when(card, "installSucceeded", "success", viewModel, InstallViewModel.Phase.SUCCEEDED);
    }

    private static Button retry(String id, InstallViewModel viewModel, Texts texts) {
        Button retry = new Button(texts.get("install.retry"));
        retry.setId(id);
        retry.setMnemonicParsing(true);
        retry.getStyleClass().add(Styles.ACCENT);
        retry.setOnAction(event -> viewModel.retry());
        return retry;
    }

    /** The lines of a list as bullet points; {@code none} when it is empty (or nothing when {@code none} is empty). */
    private static VBox list(String id, ObservableList<String> items, String none) {
        VBox box = new VBox(2);
        box.setId(id);
        Runnable fill = () -> {
            box.getChildren().clear();
            items.forEach(item -> box.getChildren().add(StepPage.text("• " + item)));
            if (items.isEmpty() && !none.isEmpty()) {
                box.getChildren().add(StepPage.text(none));
            }
        };
        items.addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        return box;
    }

    private static Node when(VBox card, String id, String style, InstallViewModel viewModel, InstallViewModel.Phase phase) {
        card.setId(id);
        card.getStyleClass().add(style);
        card.visibleProperty().bind(viewModel.phaseProperty().isEqualTo(phase));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }
}
