package org.ownmeet.steps.review;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;

/** The plan: a card saying how much changes and that nothing has yet, then each installer's changes. */
final class ReviewView {
    static final String STYLES = ReviewView.class.getResource("review.css").toExternalForm();

    private ReviewView() {
    }

    static Node create(ReviewViewModel viewModel, Texts texts) {
        VBox groups = new VBox();
        groups.setId("reviewGroups");
        groups.getStyleClass().add("review-groups");
        Runnable fillGroups = () -> groups.getChildren().setAll(viewModel.groups().stream().map(g -> PlanGroupView.create(g, texts)).toList());
        viewModel.groups().addListener((ListChangeListener<PlanGroup>) change -> fillGroups.run());
        fillGroups.run();

        VBox page = StepPage.create("review", loading(viewModel, texts), problem(viewModel, texts), summary(viewModel, texts), groups);
        page.getStylesheets().add(STYLES);
        showWhen(groups, viewModel, ReviewViewModel.State.READY);
        return page;
    }

    private static Node loading(ReviewViewModel viewModel, Texts texts) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        Label what = StepPage.text(texts.get("review.loading"));
        HBox box = new HBox(10, spinner, what);
        box.setId("reviewLoading");
        box.getStyleClass().add("review-loading");
        showWhen(box, viewModel, ReviewViewModel.State.LOADING);
        return box;
    }

    private static Node summary(ReviewViewModel viewModel, Texts texts) {
        Label count = new Label();
        count.setId("reviewSummary");
        count.setWrapText(true);
        count.getStyleClass().add("review-summary");
        count.textProperty().bind(viewModel.summaryProperty());
        Label notYet = StepPage.text(texts.get("review.notYetChanged"));
        notYet.setId("reviewNotYetChanged");
        notYet.visibleProperty().bind(viewModel.nothingToChangeProperty().not());
        notYet.managedProperty().bind(notYet.visibleProperty());
        VBox card = StepPage.card(count, notYet);
        card.setId("reviewSummaryCard");
        card.getStyleClass().add("success");
        showWhen(card, viewModel, ReviewViewModel.State.READY);
        return card;
    }

    private static Node problem(ReviewViewModel viewModel, Texts texts) {
        Label heading = StepPage.section(texts.get("review.failed"));
        Label message = StepPage.text("");
        message.setId("reviewProblem");
        message.textProperty().bind(viewModel.problemProperty());
        VBox fields = new VBox(4);
        fields.setId("reviewProblemFields");
        Runnable fillFields = () -> fields.getChildren().setAll(
                viewModel.problemFields().stream().map(text -> (Node) StepPage.text("• " + text)).toList());
        viewModel.problemFields().addListener((ListChangeListener<String>) change -> fillFields.run());
        fillFields.run();
        Label detail = new Label();
        detail.setId("reviewProblemDetail");
        detail.setWrapText(true);
        detail.getStyleClass().add("for-it");
        detail.textProperty().bind(viewModel.problemDetailProperty().map(d -> d.isEmpty() ? "" : texts.format("review.forIt", d)));
        Button again = new Button(texts.get("review.planAgain"));
        again.setId("reviewPlanAgain");
        again.setMnemonicParsing(true);
        again.getStyleClass().add(Styles.ACCENT);
        again.setOnAction(event -> viewModel.plan());
        VBox card = StepPage.card(heading, message, fields, detail, again);
        card.setId("reviewProblemCard");
        card.getStyleClass().add("danger");
        showWhen(card, viewModel, ReviewViewModel.State.FAILED);
        return card;
    }

    private static void showWhen(Node node, ReviewViewModel viewModel, ReviewViewModel.State state) {
        node.visibleProperty().bind(viewModel.stateProperty().isEqualTo(state));
        node.managedProperty().bind(node.visibleProperty());
    }
}
