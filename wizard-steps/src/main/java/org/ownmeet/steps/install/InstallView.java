package org.ownmeet.steps.install;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;

/** The run as it goes: status and time, overall progress, the waiting banner, the outcome, a row per installer, the live log. */
final class InstallView {
    static final String STYLES = InstallView.class.getResource("install.css").toExternalForm();

    private InstallView() {
    }

    static Node create(InstallViewModel viewModel, Texts texts) {
        VBox page = StepPage.create("install", status(viewModel, texts), progress(viewModel, texts), waiting(viewModel, texts),
                InstallOutcomeView.create(viewModel, texts), InstallRowsView.create(viewModel, texts),
                StepPage.section(texts.get("install.logHeading")), log(viewModel, texts));
        page.getStylesheets().add(STYLES);
        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), event -> viewModel.tick()));
        clock.setCycleCount(Animation.INDEFINITE);
        viewModel.busyProperty().addListener((property, was, busy) -> {
            if (busy) {
                clock.play();
            } else {
                clock.stop();
            }
        });
        if (viewModel.busyProperty().get()) {
            clock.play();
        }
        return page;
    }

    private static Node status(InstallViewModel viewModel, Texts texts) {
        Label status = new Label();
        status.setId("installStatus");
        status.setWrapText(true);
        status.getStyleClass().add("install-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> viewModel.cancellingProperty().get()
                ? texts.get("install.status.cancelling")
                : texts.get("install.status." + viewModel.phaseProperty().get().name().toLowerCase()),
                viewModel.phaseProperty(), viewModel.cancellingProperty()));
        Label elapsed = new Label();
        elapsed.setId("installElapsed");
        elapsed.getStyleClass().add("install-elapsed");
        elapsed.textProperty().bind(viewModel.elapsedProperty());
        elapsed.setAccessibleText(texts.get("install.elapsed"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new HBox(10, status, gap, elapsed);
    }

    private static Node progress(InstallViewModel viewModel, Texts texts) {
        ProgressBar bar = new ProgressBar();
        bar.setId("installProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.setAccessibleText(texts.get("install.progress"));
        Label count = new Label();
        count.setId("installProgressText");
        count.getStyleClass().add("install-muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> texts.format("install.finished",
                viewModel.finishedProperty().get(), viewModel.rows().size()), viewModel.finishedProperty()));
        return new VBox(4, bar, count);
    }

    private static Node waiting(InstallViewModel viewModel, Texts texts) {
        Label text = StepPage.text("");
        text.setId("installWaitingText");
        text.textProperty().bind(viewModel.waitingProperty());
        VBox card = StepPage.card(StepPage.section(texts.get("install.waitingHeading")), text);
        card.setId("installWaiting");
        card.getStyleClass().add("warning");
        card.visibleProperty().bind(viewModel.waitingProperty().isNotEmpty());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private static Node log(InstallViewModel viewModel, Texts texts) {
        ListView<String> log = new ListView<>(viewModel.log());
        log.setId("installLog");
        log.getStyleClass().add("install-log");
        log.setPrefHeight(200);
        log.setAccessibleText(texts.get("install.logHeading"));
        log.setPlaceholder(new Label(texts.get("install.logEmpty")));
        viewModel.log().addListener((ListChangeListener<String>) change -> {
            if (!viewModel.log().isEmpty()) {
                log.scrollTo(viewModel.log().size() - 1);
            }
        });
        return log;
    }
}
