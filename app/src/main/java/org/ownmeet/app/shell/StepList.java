package org.ownmeet.app.shell;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.ownmeet.steps.api.WizardStep;

/** All steps, numbered; the current one highlighted, the done ones ticked. It shows, it does not navigate. */
final class StepList {
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final String TICK = "M4 8.5l2.8 2.8L12 6";

    private StepList() {
    }

    static VBox create(WizardShellViewModel viewModel) {
        VBox list = new VBox();
        list.setId("stepList");
        list.getStyleClass().add("step-list");
        Runnable fill = () -> {
            list.getChildren().clear();
            for (int i = 0; i < viewModel.stepCount(); i++) {
                list.getChildren().add(row(i, viewModel.steps().get(i), viewModel.statusProperty(i)));
            }
        };
        // another flow: the rows are made anew (the old ones' listeners go with the statuses they followed)
        viewModel.steps().addListener((ListChangeListener<WizardStep>) change -> fill.run());
        fill.run();
        return list;
    }

    private static HBox row(int index, WizardStep step, ObservableValue<StepStatus> status) {
        Label number = new Label(Integer.toString(index + 1));
        number.getStyleClass().add("step-number");
        SVGPath tick = new SVGPath();
        tick.setContent(TICK);
        tick.getStyleClass().add("step-tick");
        StackPane marker = new StackPane(number, tick);
        marker.getStyleClass().add("step-marker");

        Label title = new Label(step.title());
        title.getStyleClass().add("step-title");
        HBox row = new HBox(marker, title);
        row.setId("step-" + step.id());
        row.getStyleClass().add("step-row");

        Runnable show = () -> {
            StepStatus now = status.getValue();
            row.pseudoClassStateChanged(CURRENT, now == StepStatus.CURRENT);
            row.pseudoClassStateChanged(DONE, now == StepStatus.DONE);
            number.setVisible(now != StepStatus.DONE);
            tick.setVisible(now == StepStatus.DONE);
            row.setAccessibleText(step.title() + " (" + now.name().toLowerCase(Locale.ROOT) + ")");
        };
        status.addListener((property, before, now) -> show.run());
        show.run();
        return row;
    }
}
