package org.ownmeet.steps.welcome;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ownmeet.steps.api.Mnemonics;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;

/** Two sentences on what OwnMeet does, the language, and the three things a user may come to do. */
final class WelcomeView {
    private WelcomeView() {
    }

    static Node create(WelcomeViewModel viewModel, Texts texts) {
        Label lead = StepPage.text(texts.get("welcome.lead"));
        lead.getStyleClass().add("welcome-lead");

        ComboBox<Locale> language = new ComboBox<>();
        language.setId("languageChoice");
        language.getItems().setAll(viewModel.languages());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : WelcomeViewModel.nameOf(locale);
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        language.setValue(viewModel.languageProperty().get());
        // the window is rebuilt in the new language, so the change is taken when the choice is made, not bound both ways
        language.valueProperty().addListener((property, before, now) -> {
            if (now != null && !now.equals(viewModel.languageProperty().get())) {
                viewModel.languageProperty().set(now);
            }
        });
        Label languageLabel = new Label(texts.get("welcome.language"));
        languageLabel.setMnemonicParsing(true);
        languageLabel.setLabelFor(language);
        languageLabel.getStyleClass().add("form-label");
        language.setAccessibleText(texts.get("welcome.language").replace("_", ""));
        HBox languageRow = new HBox(10, languageLabel, language);
        languageRow.setAlignment(Pos.CENTER_LEFT);

        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(10);
        for (StartChoice choice : StartChoice.values()) {
            choices.getChildren().add(choiceCard(choice, group, viewModel, texts));
        }
        group.selectedToggleProperty().addListener((property, before, now) -> {
            if (now == null) {
                before.setSelected(true); // one choice is always made
            } else {
                viewModel.choiceProperty().set((StartChoice) now.getUserData());
            }
        });
        // a recent server chosen (or the connection step's offer) sets the choice from elsewhere
        viewModel.choiceProperty().addListener((property, before, now) -> group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == now).findFirst().ifPresent(toggle -> toggle.setSelected(true)));


        VBox page = StepPage.create("welcome", lead, languageRow, StepPage.section(texts.get("welcome.question")), choices);
        page.getChildren().add(RecentServersView.create(viewModel, texts));
        page.getStylesheets().add(WelcomeView.class.getResource("welcome.css").toExternalForm());
        return page;
    }

    private static Node choiceCard(StartChoice choice, ToggleGroup group, WelcomeViewModel viewModel, Texts texts) {
        String key = "welcome.choice." + choice.name().toLowerCase(Locale.ROOT).replace('_', '-');
        RadioButton button = Mnemonics.choosesOnMnemonic(new RadioButton(texts.get(key)));
        button.setId("choice-" + choice.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        button.setToggleGroup(group);
        button.setUserData(choice);
        button.setSelected(viewModel.choiceProperty().get() == choice);
        button.getStyleClass().add("choice-title");
        Label what = new Label(texts.get(key + ".what"));
        what.setWrapText(true);
        what.getStyleClass().add("form-hint");
        button.setAccessibleHelp(what.getText());
        VBox card = new VBox(4, button, what);
        card.getStyleClass().addAll("card-box", "choice-card");
        card.setOnMouseClicked(event -> button.setSelected(true));
        return card;
    }
}
