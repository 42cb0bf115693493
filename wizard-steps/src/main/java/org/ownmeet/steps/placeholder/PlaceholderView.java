package org.ownmeet.steps.placeholder;

import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

/** The page of a step that is not built yet: what it will do, and a quiet note that it comes later. */
final class PlaceholderView {
    // a clock face, 16 x 16
    private static final String LATER_GLYPH = "M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1.5a5.5 5.5 0 1 1 0 11 "
            + "5.5 5.5 0 0 1 0-11zM7.25 4v4.3l3 1.8.75-1.25-2.25-1.35V4z";

    private PlaceholderView() {
    }

    static Node create(PlaceholderStep step, ResourceBundle messages) {
        Label heading = styled(new Label(messages.getString("placeholder.heading")), "placeholder-heading");
        Label plan = styled(new Label(step.plan()), "placeholder-plan");
        plan.setWrapText(true);
        plan.setId(step.id() + "Plan");

        SVGPath glyph = new SVGPath();
        glyph.setContent(LATER_GLYPH);
        glyph.getStyleClass().add("placeholder-later-glyph");
        Label later = styled(new Label(messages.getString("placeholder.later"), glyph), "placeholder-later");
        later.setWrapText(true);
        later.setId(step.id() + "Later");

        VBox card = new VBox(heading, plan, later);
        card.getStyleClass().add("placeholder-card");

        VBox page = new VBox(card);
        page.setId(step.id() + "Step");
        page.getStyleClass().add("placeholder-page");
        page.getStylesheets().add(PlaceholderView.class.getResource("placeholder.css").toExternalForm());
        return page;
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }
}
