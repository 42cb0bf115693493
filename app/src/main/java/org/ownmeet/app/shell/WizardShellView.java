package org.ownmeet.app.shell;

import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** The wizard window's content: step list on the left; header, current step and buttons on the right. */
public final class WizardShellView {
    private final WizardShellViewModel viewModel;
    private final QuitConfirmation quitConfirmation;
    private final BorderPane root;

    public WizardShellView(WizardShellViewModel viewModel, ResourceBundle messages, BooleanProperty dark) {
        this.viewModel = viewModel;
        this.quitConfirmation = new QuitConfirmation(messages);

        BorderPane main = new BorderPane(stepContent());
        main.setTop(StepHeader.create(viewModel, messages));
        main.setBottom(NavigationBar.create(viewModel, messages, this::requestCancel));
        main.getStyleClass().add("main-area");

        root = new BorderPane(main);
        root.setLeft(StepSidebar.create(viewModel, messages, dark));
        root.getStyleClass().add("wizard-shell");
        root.getStylesheets().add(WizardShellView.class.getResource("shell.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    /** What Cancel, Escape and the window's close button do: ask, then close if the user agrees. */
    public void requestCancel() {
        viewModel.cancel(() -> quitConfirmation.ask(root.getScene().getWindow(), viewModel.serverChanged()));
    }

    private ScrollPane stepContent() {
        StackPane content = new StackPane();
        content.setId("stepContent");
        content.setAlignment(Pos.TOP_LEFT);
        content.getStyleClass().add("step-content");
        content.getChildren().setAll(viewModel.currentStepProperty().get().view());
        viewModel.currentStepProperty().addListener((property, previous, step) -> content.getChildren().setAll(step.view()));

        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("step-scroll");
        FocusScroller.follow(scroll);
        return scroll;
    }
}
