package org.ownmeet.steps.welcome;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ownmeet.installers.profile.store.SavedProfiles;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;

/**
 * The servers managed from this computer before, newest first: one button each, which opens it for
 * managing. Hidden while there are none (or while they are still being read).
 */
final class RecentServersView {
    private RecentServersView() {
    }

    static Node create(WelcomeViewModel viewModel, Texts texts) {
        VBox list = new VBox(6);
        list.setId("recentServers");
        Label what = StepPage.text(texts.get("welcome.recent.what"));
        VBox section = new VBox(8, StepPage.section(texts.get("welcome.recent.title")), what, list);
        section.managedProperty().bind(section.visibleProperty());
        ListChangeListener<SavedProfiles.Saved> fill = change -> show(viewModel, texts, list, section);
        viewModel.recentServers().addListener(fill);
        show(viewModel, texts, list, section);
        return section;
    }

    private static void show(WelcomeViewModel viewModel, Texts texts, VBox list, VBox section) {
        List<SavedProfiles.Saved> recent = viewModel.recentServers();
        section.setVisible(!recent.isEmpty());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale())
                .withZone(ZoneId.systemDefault());
        list.getChildren().clear();
        for (int i = 0; i < recent.size(); i++) {
            SavedProfiles.Saved server = recent.get(i);
            Button open = new Button(WelcomeViewModel.describe(server));
            open.setId("recent-" + i);
            open.getStyleClass().add("recent-server");
            open.setMnemonicParsing(false);
            open.setMaxWidth(Double.MAX_VALUE);
            Label when = new Label(texts.format("welcome.recent.when", date.format(server.savedAt())));
            when.getStyleClass().add("form-hint");
            open.setAccessibleHelp(texts.get("welcome.recent.what") + " " + when.getText());
            open.setOnAction(event -> viewModel.openRecent(server));
            list.getChildren().add(new VBox(2, open, when));
        }
    }
}
