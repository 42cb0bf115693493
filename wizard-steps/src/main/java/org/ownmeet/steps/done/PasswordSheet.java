package org.ownmeet.steps.done;

import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ownmeet.installers.engine.ApplyContext.HostCredential;
import org.ownmeet.steps.api.Texts;

/** A printed page per host: their login, their one-time password, where to log in and how to change it. */
final class PasswordSheet {
    private PasswordSheet() {
    }

    /** The page for one host; plain black on white, whatever the window's theme. */
    static VBox page(DoneViewModel viewModel, Texts texts, HostCredential host, double width) {
        Label title = label(texts.get("done.sheet.title"), "-fx-font-size: 18px; -fx-font-weight: bold;");
        Label login = label(texts.format("done.sheet.user", viewModel.login(host)), "-fx-font-size: 14px;");
        Label password = label(texts.format("done.sheet.password", viewModel.passwordText(host)),
                "-fx-font-size: 14px; -fx-font-family: monospace;");
        Label how = label(viewModel.hostInstructions(), "-fx-font-size: 12px;");
        VBox page = new VBox(14, title, login, password, how);
        page.setStyle("-fx-background-color: white; -fx-padding: 24px;");
        page.setPrefWidth(width);
        page.setMaxWidth(width);
        return page;
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setStyle(style + " -fx-text-fill: black;");
        return label;
    }

    /** Asks for a printer and prints a page per host; returns what to tell the user. */
    static String print(DoneViewModel viewModel, Texts texts, Window owner) {
        PrinterJob job;
        try {
            job = PrinterJob.createPrinterJob();
        } catch (RuntimeException noPrinting) {
            job = null;
        }
        if (job == null) {
            return texts.get("done.print.noPrinter");
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return "";
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (HostCredential host : viewModel.newHosts()) {
            Node page = page(viewModel, texts, host, layout.getPrintableWidth());
            new javafx.scene.Scene(new javafx.scene.Group(page)); // laid out before printing
            page.applyCss();
            if (!job.printPage(page)) {
                job.cancelJob();
                return texts.get("done.print.failed");
            }
        }
        return job.endJob() ? texts.get("done.print.done") : texts.get("done.print.failed");
    }
}
