package org.ownmeet.app.shell;

import atlantafx.base.controls.ToggleSwitch;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.ownmeet.app.AppIcons;
import org.ownmeet.app.OwnMeetApp;

/** The left column: the product, the steps, and the promise that nothing changes before the review. */
final class StepSidebar {
    // a padlock, 16 x 16
    private static final String LOCK_GLYPH = "M8 1.5a3.5 3.5 0 0 0-3.5 3.5v2H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8"
            + "a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V5A3.5 3.5 0 0 0 8 1.5zM6 5a2 2 0 1 1 4 0v2H6z";

    private StepSidebar() {
    }

    static VBox create(WizardShellViewModel viewModel, ResourceBundle messages, BooleanProperty dark) {
        Region spring = new Region();
        VBox.setVgrow(spring, Priority.ALWAYS);
        VBox sidebar = new VBox(brand(messages), StepList.create(viewModel), spring, assurance(messages), darkToggle(messages, dark));
        sidebar.getStyleClass().add("sidebar");
        return sidebar;
    }

    private static HBox brand(ResourceBundle messages) {
        ImageView logo = new ImageView(AppIcons.icon(128));
        logo.setFitWidth(40);
        logo.setFitHeight(40);
        logo.setSmooth(true);
        Label name = new Label(OwnMeetApp.TITLE);
        name.getStyleClass().add("brand-name");
        Label tagline = new Label(messages.getString("brand.tagline"));
        tagline.getStyleClass().add("brand-tagline");
        HBox brand = new HBox(logo, new VBox(name, tagline));
        brand.getStyleClass().add("brand");
        return brand;
    }

    private static HBox darkToggle(ResourceBundle messages, BooleanProperty dark) {
        ToggleSwitch toggle = new ToggleSwitch(messages.getString("shell.dark"));
        toggle.setId("darkToggle");
        toggle.setAccessibleText(messages.getString("shell.dark"));
        toggle.selectedProperty().bindBidirectional(dark);
        HBox row = new HBox(toggle);
        row.getStyleClass().add("dark-toggle");
        return row;
    }

    private static Label assurance(ResourceBundle messages) {
        SVGPath lock = new SVGPath();
        lock.setContent(LOCK_GLYPH);
        lock.getStyleClass().add("assurance-glyph");
        Label assurance = new Label(messages.getString("shell.assurance"), lock);
        assurance.setId("assurance");
        assurance.setWrapText(true);
        assurance.getStyleClass().add("assurance");
        return assurance;
    }
}
