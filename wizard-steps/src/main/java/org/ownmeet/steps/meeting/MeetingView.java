package org.ownmeet.steps.meeting;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.ownmeet.installers.profile.Profile.MeetingSize;
import org.ownmeet.steps.api.Mnemonics;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;

/** Five cards to choose the size from, the chart of needs against the server, and the engine's warning. */
final class MeetingView {
    private MeetingView() {
    }

    static Node create(MeetingViewModel viewModel, Texts texts) {
        ToggleGroup group = new ToggleGroup();
        VBox cards = new VBox(8);
        for (MeetingSize size : viewModel.sizes()) {
            cards.getChildren().add(card(size, group, viewModel));
        }
        group.selectedToggleProperty().addListener((property, before, now) -> {
            if (now == null) {
                before.setSelected(true); // one size is always chosen
            } else {
                viewModel.sizeProperty().set((MeetingSize) now.getUserData());
            }
        });
        viewModel.sizeProperty().addListener((property, before, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));

        Label notChecked = StepPage.text(texts.get("meeting.chart.notChecked"));
        notChecked.setId("serverNotChecked");
        notChecked.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !viewModel.fitProperty().get().checked(), viewModel.fitProperty()));
        notChecked.managedProperty().bind(notChecked.visibleProperty());

        Label headline = new Label(texts.get("meeting.warning.headline"));
        headline.getStyleClass().add("form-label");
        Label warningText = StepPage.text("");
        warningText.setId("meetingWarning");
        warningText.textProperty().bind(viewModel.warningProperty());
        VBox warning = StepPage.card(headline, warningText);
        warning.getStyleClass().add("warning");
        warning.setId("meetingWarningCard");
        warning.visibleProperty().bind(warningText.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        VBox page = StepPage.create("meeting",
                StepPage.text(texts.get("meeting.intro")),
                cards,
                StepPage.section(texts.get("meeting.chart.title")),
                StepPage.card(RequirementsChart.create(viewModel.fitProperty(), texts), notChecked),
                warning);
        page.getStylesheets().add(MeetingView.class.getResource("meeting.css").toExternalForm());
        return page;
    }

    private static Node card(MeetingSize size, ToggleGroup group, MeetingViewModel viewModel) {
        String id = "size-" + MeetingViewModel.key(size);
        RadioButton button = Mnemonics.choosesOnMnemonic(new RadioButton(viewModel.name(size)));
        button.setId(id);
        button.setToggleGroup(group);
        button.setUserData(size);
        button.setSelected(viewModel.sizeProperty().get() == size);
        button.getStyleClass().add("size-title");
        Label tunes = new Label(viewModel.tunes(size));
        tunes.setWrapText(true);
        tunes.getStyleClass().addAll("form-hint", "size-line");
        Label needs = new Label(viewModel.needs(size));
        needs.setWrapText(true);
        needs.getStyleClass().addAll("form-hint", "size-line");
        button.setAccessibleHelp(tunes.getText() + " " + needs.getText());
        VBox card = new VBox(3, button, tunes, needs);
        card.setId(id + "-card");
        card.getStyleClass().addAll("card-box", "size-card");
        card.setOnMouseClicked(event -> {
            button.setSelected(true);
            button.requestFocus();
        });
        return card;
    }
}
