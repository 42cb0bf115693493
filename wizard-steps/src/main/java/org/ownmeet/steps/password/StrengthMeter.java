package org.ownmeet.steps.password;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** The new password's strength: zxcvbn's score as a bar of five steps, coloured from red to green, and in words. */
final class StrengthMeter {
    private StrengthMeter() {
    }

    static HBox create(PasswordChangeViewModel viewModel) {
        ProgressBar bar = new ProgressBar(0);
        bar.setId("passwordStrengthBar");
        bar.setPrefWidth(220);
        bar.getStyleClass().add("strength-bar");
        Label words = new Label();
        words.setId("passwordStrength");
        words.getStyleClass().add("strength-words");
        words.textProperty().bind(viewModel.strengthProperty());
        show(bar, viewModel.scoreProperty().get());
        viewModel.scoreProperty().addListener((property, before, now) -> show(bar, now.intValue()));
        bar.accessibleTextProperty().bind(viewModel.strengthProperty());
        HBox meter = new HBox(10, bar, words);
        meter.setAlignment(Pos.CENTER_LEFT);
        meter.getStyleClass().add("strength-meter");
        return meter;
    }

    private static void show(ProgressBar bar, int score) {
        bar.setProgress(score < 0 ? 0 : (score + 1) / 5.0);
        bar.getStyleClass().removeIf(style -> style.startsWith("strength-") && !style.equals("strength-bar"));
        if (score >= 0) {
            bar.getStyleClass().add("strength-" + score);
        }
    }
}
