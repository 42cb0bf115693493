package org.ownmeet.steps.welcome;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ownmeet.installers.profile.store.SavedProfiles;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;

/** The servers managed from this computer before, newest first: one button each, which opens it for managing. */
final class RecentServersView {
    private RecentServersView() {
    }

    static Optional<Node> create(WelcomeViewModel viewModel, Texts texts) {
        List<SavedProfiles.Saved> recent = viewModel.recentServers();
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale())
                .withZone(ZoneId.systemDefault());
        VBox list = new VBox(6);
        list.setId("recentServers");
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
        Label what = StepPage.text(texts.get("welcome.recent.what"));
        return Optional.of(new VBox(8, StepPage.section(texts.get("welcome.recent.title")), what, list));
    }
}
