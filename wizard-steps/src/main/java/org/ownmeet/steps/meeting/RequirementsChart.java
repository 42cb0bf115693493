package org.ownmeet.steps.meeting;

import javafx.beans.value.ObservableObjectValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ownmeet.steps.api.Texts;

/**
 * Two pairs of horizontal bars: processor cores and memory, what the chosen size needs against what
 * the server has. Each pair shares one scale (the larger of the two); colours are the theme's, so
 * the chart reads in light and dark. A server not checked yet shows only what is needed.
 */
final class RequirementsChart {
    private RequirementsChart() {
    }

    static VBox create(ObservableObjectValue<ServerFit> fit, Texts texts) {
        VBox chart = new VBox(10);
        chart.setId("requirementsChart");
        chart.getStyleClass().add("requirements-chart");
        chart.setFocusTraversable(false);
        fill(chart, fit.get(), texts);
        fit.addListener((property, before, now) -> fill(chart, now, texts));
        return chart;
    }

    private static void fill(VBox chart, ServerFit fit, Texts texts) {
        String neededMemory = texts.format("meeting.chart.gigabytes", fit.neededMemoryGb());
        String hasCores = fit.checked() ? String.valueOf(fit.hasCores()) : texts.get("meeting.chart.unknown");
        String hasMemory = fit.checked() ? texts.format("meeting.chart.gigabytes", fit.hasMemoryGb()) : texts.get("meeting.chart.unknown");
        chart.getChildren().setAll(
                pair("cores", texts.get("meeting.chart.cores"), texts, fit.neededCores(), String.valueOf(fit.neededCores()),
                        fit.checked() ? fit.hasCores() : -1, hasCores, fit.enoughCores()),
                pair("memory", texts.get("meeting.chart.memory"), texts, fit.neededMemoryGb(), neededMemory,
                        fit.checked() ? fit.hasMemoryGb() : -1, hasMemory, fit.enoughMemory()));
        chart.setAccessibleText(texts.format("meeting.chart.accessible", fit.neededCores(), hasCores, neededMemory, hasMemory));
    }

    private static VBox pair(String id, String title, Texts texts, double needed, String neededText, double has, String hasText,
                             boolean enough) {
        Label heading = new Label(title);
        heading.getStyleClass().add("form-label");
        double scale = Math.max(needed, Math.max(has, 0));
        HBox needs = bar(id + "Needed", texts.get("meeting.chart.needs"), needed / scale, neededText, "bar-needed");
        HBox server = bar(id + "Has", texts.get("meeting.chart.has"), has < 0 ? 0 : has / scale, hasText,
                has < 0 ? "bar-unknown" : enough ? "bar-enough" : "bar-short");
        return new VBox(4, heading, needs, server);
    }

    private static HBox bar(String id, String caption, double fraction, String value, String style) {
        Label name = new Label(caption);
        name.getStyleClass().add("bar-caption");
        name.setMinWidth(150);
        name.setPrefWidth(150);
        Region bar = new Region();
        bar.getStyleClass().addAll("bar", style);
        bar.setPrefHeight(16);
        Pane track = new Pane(bar);
        track.getStyleClass().add("bar-track");
        track.setMinWidth(120);
        track.setPrefHeight(16);
        bar.prefWidthProperty().bind(track.widthProperty().multiply(fraction));
        HBox.setHgrow(track, Priority.ALWAYS);
        Label amount = new Label(value);
        amount.setId(id);
        amount.getStyleClass().add("bar-value");
        amount.setMinWidth(130); // one width for every value, so that all four bars start and end alike
        amount.setPrefWidth(130);
        HBox row = new HBox(10, name, track, amount);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
