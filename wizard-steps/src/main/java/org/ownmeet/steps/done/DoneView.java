package org.ownmeet.steps.done;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.documents.DocumentsView;
import org.ownmeet.steps.documents.DocumentsViewModel;
import org.ownmeet.steps.work.EngineWork;

/** The summary of the checks, the meeting address, the new hosts' passwords, every check, the privacy notice and the GDPR documents. */
final class DoneView {
    private DoneView() {
    }

    static Node create(DoneViewModel viewModel, DocumentsViewModel documents, Texts texts, EngineWork work,
                       Consumer<String> linkOpener) {
        VBox page = StepPage.create("done",
                summary(viewModel),
                StepPage.section(texts.get("done.address")),
                StepPage.card(StepPage.text(texts.get("done.address.what")),
                        link("meeting", viewModel.meetingAddress(), texts.get("done.open"), texts.get("done.copy"), linkOpener)),
                HostPasswords.create(viewModel, texts, work),
                StepPage.section(texts.get("done.checks")),
                CheckList.create(viewModel, texts),
                StepPage.section(texts.get("done.notice")),
                StepPage.card(StepPage.text(texts.get("done.notice.what")),
                        link("notice", viewModel.privacyNoticeAddress(), texts.get("done.notice.open"),
                                texts.get("done.notice.copy"), linkOpener)),
                DocumentsView.create(documents, texts, texts.get("documents.what")));
        page.getStylesheets().add(DoneView.class.getResource("done.css").toExternalForm());
        // the page is built once; the addresses follow the domain if the report arrives later
        viewModel.domainProperty().addListener((property, before, now) -> {
            ((Label) page.lookup("#meetingAddress")).setText(viewModel.meetingAddress());
            ((Label) page.lookup("#noticeAddress")).setText(viewModel.privacyNoticeAddress());
        });
        return page;
    }

    private static Node summary(DoneViewModel viewModel) {
        Label headline = new Label();
        headline.setId("doneSummary");
        headline.setWrapText(true);
        headline.getStyleClass().add("summary-headline");
        headline.textProperty().bind(viewModel.summaryProperty());
        Label whatToDo = StepPage.text("");
        whatToDo.setId("doneWhatToDo");
        whatToDo.textProperty().bind(viewModel.whatToDoProperty());
        whatToDo.visibleProperty().bind(whatToDo.textProperty().isNotEmpty());
        whatToDo.managedProperty().bind(whatToDo.visibleProperty());
        VBox card = StepPage.card(headline, whatToDo);
        card.setId("doneSummaryCard");
        style(card, viewModel.outcomeProperty().get());
        viewModel.outcomeProperty().addListener((property, before, now) -> style(card, now));
        return card;
    }

    private static void style(VBox card, Outcome outcome) {
        card.getStyleClass().removeAll("success", "danger", "warning");
        card.getStyleClass().add(switch (outcome) {
            case ALL_PASSED -> "success";
            case SOME_FAILED -> "danger";
            case NOT_CHECKED -> "warning";
        });
    }

    /** An address with Open (in the browser) and Copy. */
    private static Node link(String id, String address, String open, String copy, Consumer<String> linkOpener) {
        Label text = new Label(address);
        text.setId(id + "Address");
        text.getStyleClass().addAll("mono", "address");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button openButton = new Button(open);
        openButton.setId(id + "Open");
        openButton.setMnemonicParsing(true);
        openButton.setMinWidth(Button.USE_PREF_SIZE);
        openButton.setOnAction(event -> linkOpener.accept(text.getText()));
        Button copyButton = new Button(copy);
        copyButton.setId(id + "Copy");
        copyButton.setMnemonicParsing(true);
        copyButton.setMinWidth(Button.USE_PREF_SIZE);
        copyButton.setOnAction(event -> copy(text.getText()));
        HBox row = new HBox(8, text, openButton, copyButton);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
