package org.ownmeet.steps.api;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The frame of a step's page: its id ({@code <step>Step}), the steps' shared style sheet, and a few shared pieces. */
public final class StepPage {
    private static final String STYLES = StepPage.class.getResource("steps.css").toExternalForm();

    private StepPage() {
    }

    public static VBox create(String stepId, Node... children) {
        VBox page = new VBox(children);
        page.setId(stepId + "Step");
        page.getStyleClass().add("step-page");
        page.getStylesheets().add(STYLES);
        return page;
    }

    /** A heading inside a page, above a group of fields. */
    public static Label section(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("section-heading");
        heading.setWrapText(true);
        return heading;
    }

    /** A paragraph of explanation. */
    public static Label text(String text) {
        Label paragraph = new Label(text);
        paragraph.getStyleClass().add("step-text");
        paragraph.setWrapText(true);
        return paragraph;
    }

    /** A framed box for a group that belongs together (a result, a choice explained). */
    public static VBox card(Node... children) {
        VBox card = new VBox(children);
        card.getStyleClass().add("card-box");
        return card;
    }
}
