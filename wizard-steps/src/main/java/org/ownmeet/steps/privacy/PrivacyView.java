package org.ownmeet.steps.privacy;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.ownmeet.installers.profile.Profile.AccessLog;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.steps.api.FormRow;
import org.ownmeet.steps.api.Mnemonics;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;

/** The log days (a spinner with what the number means), the access log, and four options, each with its sentence. */
final class PrivacyView {
    private PrivacyView() {
    }

    static Node create(PrivacyViewModel viewModel, Texts texts) {
        var validation = viewModel.validation();
        Spinner<Integer> days = RetentionSpinner.create(viewModel);
        VBox daysRow = FormRow.of(texts.get("privacy.days"), days, texts.get("privacy.days.why"),
                validation.errorProperty(ProfileFields.RETENTION_DAYS), validation.warningProperty(ProfileFields.RETENTION_DAYS));
        days.setMaxWidth(140);
        Label meaning = meaning("retentionMeaning", viewModel.retentionMeaning());
        meaning.getStyleClass().add("retention-meaning");
        daysRow.getChildren().add(2, meaning);
        days.setAccessibleHelp(meaning.getText());
        meaning.textProperty().addListener((property, before, now) -> days.setAccessibleHelp(now));

        VBox page = StepPage.create("privacy",
                StepPage.text(texts.get("privacy.intro")),
                StepPage.section(texts.get("privacy.logs")),
                StepPage.card(daysRow, accessLog(viewModel, texts)),
                StepPage.section(texts.get("privacy.connections")),
                StepPage.card(
                        option("peerToPeer", texts.get("privacy.peerToPeer"), viewModel.peerToPeerProperty(),
                                viewModel.peerToPeerMeaning()),
                        option("firewall", texts.get("privacy.firewall"), viewModel.firewallProperty(), viewModel.firewallMeaning()),
                        option("desktopApps", texts.get("privacy.desktopApps"), viewModel.desktopAppsProperty(),
                                viewModel.desktopAppsMeaning())),
                StepPage.section(texts.get("privacy.browsers")),
                StepPage.card(option("excludeFirefox", texts.get("privacy.excludeFirefox"), viewModel.excludeFirefoxProperty(),
                        viewModel.excludeFirefoxMeaning())));
        page.getStylesheets().add(PrivacyView.class.getResource("privacy.css").toExternalForm());
        return page;
    }

    /** Off or shortened addresses, each with its sentence; the engine's note shows under them (e.g. with 0 days). */
    private static Node accessLog(PrivacyViewModel viewModel, Texts texts) {
        Label heading = new Label(texts.get("privacy.accessLog"));
        heading.getStyleClass().add("form-label");
        ToggleGroup group = new ToggleGroup();
        VBox off = choice(group, AccessLog.OFF, "accessLogOff", texts.get("privacy.accessLog.off"),
                texts.get("privacy.accessLog.off.meaning"));
        VBox anonymised = choice(group, AccessLog.ANONYMISED, "accessLogAnonymised", texts.get("privacy.accessLog.anonymised"),
                texts.get("privacy.accessLog.anonymised.meaning"));
        group.selectToggle(group.getToggles().stream().filter(t -> t.getUserData() == viewModel.accessLogProperty().get())
                .findFirst().orElse(null));
        group.selectedToggleProperty().addListener((property, before, now) -> {
            if (now == null) {
                before.setSelected(true); // one of the two is always chosen
            } else {
                viewModel.accessLogProperty().set((AccessLog) now.getUserData());
            }
        });
        viewModel.accessLogProperty().addListener((property, before, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        var validation = viewModel.validation();
        Label error = FormRow.message("accessLogError", validation.errorProperty(ProfileFields.ACCESS_LOG), "form-error");
        Label warning = FormRow.message("accessLogWarning", validation.warningProperty(ProfileFields.ACCESS_LOG), "form-warning");
        VBox box = new VBox(6, heading, off, anonymised, error, warning);
        box.getStyleClass().add("form-row");
        return box;
    }

    private static VBox choice(ToggleGroup group, AccessLog value, String id, String text, String meaning) {
        RadioButton button = Mnemonics.choosesOnMnemonic(new RadioButton(text));
        button.setId(id);
        button.setToggleGroup(group);
        button.setUserData(value);
        button.setAccessibleHelp(meaning);
        Label what = new Label(meaning);
        what.setWrapText(true);
        what.getStyleClass().addAll("form-hint", "choice-meaning");
        return new VBox(2, button, what);
    }

    /** A yes/no option with the sentence of what the current choice does. */
    private static Node option(String id, String text, BooleanProperty value, ObservableStringValue meaning) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setMnemonicParsing(true);
        box.selectedProperty().bindBidirectional(value);
        Label what = meaning(id + "Meaning", meaning);
        what.getStyleClass().add("choice-meaning");
        box.accessibleHelpProperty().bind(what.textProperty());
        VBox row = new VBox(2, box, what);
        row.getStyleClass().add("form-row");
        return row;
    }

    private static Label meaning(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("form-hint");
        label.textProperty().bind(text);
        return label;
    }
}
