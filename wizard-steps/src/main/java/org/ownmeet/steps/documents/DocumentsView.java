package org.ownmeet.steps.documents;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.ownmeet.installers.documents.DocumentFormat;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.documents.DocumentsViewModel.Outcome;

/** The export panel: language, formats, folder, the save button with what came of it, and the notice's preview. */
public final class DocumentsView {
    private DocumentsView() {
    }

    /** @param what the sentence that says what the documents are and what they are made from */
    public static VBox create(DocumentsViewModel viewModel, Texts texts, String what) {
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        Node language = language(viewModel, texts);
        form.addRow(0, label(texts.get("documents.language"), language), language);
        form.addRow(1, label(texts.get("documents.formats"), null), formats(viewModel, texts));
        form.addRow(2, label(texts.get("documents.folder"), null), folder(viewModel, texts));

        VBox card = StepPage.card(StepPage.text(what), form, result(viewModel, texts), NoticePreviewPane.create(viewModel.preview(), texts));
        card.setId("documentsPanel");
        card.setSpacing(10);
        VBox panel = new VBox(14, StepPage.section(texts.get("documents.title")), card); // the pages' own spacing
        panel.getStyleClass().add("documents-panel");
        return panel;
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    private static Node language(DocumentsViewModel viewModel, Texts texts) {
        ComboBox<String> choice = new ComboBox<>();
        choice.setId("documentsLanguage");
        choice.getItems().setAll(DocumentsViewModel.LANGUAGES);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : texts.get("documents.language." + code);
            }

            @Override
            public String fromString(String name) {
                return null;
            }
        });
        choice.setValue(viewModel.languageProperty().get());
        viewModel.languageProperty().addListener((property, before, now) -> choice.setValue(now));
        choice.valueProperty().addListener((property, before, now) -> {
            if (now != null && !now.equals(viewModel.languageProperty().get())) {
                viewModel.chooseLanguage(now);
            }
        });
        return choice;
    }

    private static Node formats(DocumentsViewModel viewModel, Texts texts) {
        FlowPane boxes = new FlowPane(16, 6);
        for (DocumentFormat format : DocumentFormat.values()) {
            CheckBox box = new CheckBox(texts.get("documents.format." + format.extension()));
            box.setId("documentsFormat-" + format.extension());
            box.selectedProperty().bindBidirectional(viewModel.formatProperty(format));
            boxes.getChildren().add(box);
        }
        return boxes;
    }

    private static Node folder(DocumentsViewModel viewModel, Texts texts) {
        Label path = new Label();
        path.setId("documentsFolder");
        path.getStyleClass().add("mono");
        path.setWrapText(true);
        path.setMaxWidth(Double.MAX_VALUE);
        path.textProperty().bind(viewModel.folderProperty().map(Object::toString).orElse(texts.get("documents.folder.none")));
        HBox.setHgrow(path, Priority.ALWAYS);
        Button choose = new Button(texts.get("documents.folder.choose"));
        choose.setId("documentsChooseFolder");
        choose.setMnemonicParsing(true);
        choose.setMinWidth(Button.USE_PREF_SIZE);
        choose.setOnAction(event -> viewModel.chooseFolder());
        HBox row = new HBox(8, path, choose);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Node result(DocumentsViewModel viewModel, Texts texts) {
        Button save = new Button(texts.get("documents.export"));
        save.setId("documentsExport");
        save.setMnemonicParsing(true);
        save.getStyleClass().add("accent");
        save.setMinWidth(Button.USE_PREF_SIZE);
        save.disableProperty().bind(viewModel.canExportProperty().not());
        save.setOnAction(event -> viewModel.export());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(viewModel.busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label message = StepPage.text("");
        message.setId("documentsMessage");
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        viewModel.outcomeProperty().addListener((property, before, now) -> {
            message.getStyleClass().removeAll("success", "danger");
            if (now == Outcome.SAVED || now == Outcome.FAILED) {
                message.getStyleClass().add(now == Outcome.SAVED ? "success" : "danger");
            }
        });
        Hyperlink open = new Hyperlink(texts.get("documents.openFolder"));
        open.setId("documentsOpenFolder");
        open.setMinWidth(Hyperlink.USE_PREF_SIZE);
        open.visibleProperty().bind(viewModel.writtenProperty().isNotNull());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(event -> viewModel.openFolder());
        HBox row = new HBox(10, save, spinner);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, row, message, open);
    }

    /** The notice's Markdown in a read-only area, made only when the pane is opened. */
    private static final class NoticePreviewPane {
        static Node create(PreviewViewModel preview, Texts texts) {
            TextArea text = new TextArea();
            text.setId("documentsPreviewText");
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(12);
            text.textProperty().bind(preview.textProperty());
            TitledPane pane = new TitledPane(texts.get("documents.preview"), text);
            pane.setId("documentsPreview");
            pane.setExpanded(false);
            pane.setAnimated(false);
            pane.expandedProperty().addListener((property, before, now) -> {
                if (now) {
                    preview.open();
                }
            });
            return pane;
        }
    }
}
