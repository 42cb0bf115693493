package org.ownmeet.steps.done;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ownmeet.installers.engine.ApplyContext.HostCredential;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.work.EngineWork;

/**
 * A new host's handout, beside their password: Save (PDF)… writes it where the user chooses, Print… sends
 * the same page to a printer; the page is made in the background, and what came of it is said in {@code status}.
 */
final class HandoutActions {
    private HandoutActions() {
    }

    static Node create(DoneViewModel viewModel, Texts texts, EngineWork work, HostCredential host, int index, Label status) {
        Button save = new Button(texts.get("done.handout.save"));
        save.setId("saveHandout-" + index);
        save.setAccessibleText(texts.format("done.handout.save.accessible", host.username()));
        save.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(texts.format("done.handout.chooser", host.username()));
            chooser.setInitialFileName(HandoutFile.suggestedName(host));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File chosen = chooser.showSaveDialog(save.getScene().getWindow());
            if (chosen != null) {
                save(viewModel, texts, work, host, chosen.toPath(), status);
            }
        });
        Button print = new Button(texts.get("done.handout.print"));
        print.setId("printHandout-" + index);
        print.setAccessibleText(texts.format("done.handout.print.accessible", host.username()));
        print.setOnAction(event -> print(viewModel, texts, work, host, print.getScene().getWindow(), status));
        return new HBox(8, save, print);
    }

    /** Writes the handout to {@code target} in the background and says where, or why not. */
    static void save(DoneViewModel viewModel, Texts texts, EngineWork work, HostCredential host, Path target, Label status) {
        work.task(() -> {
            try {
                return HandoutFile.save(viewModel, host, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).onSuccess(file -> status.setText(texts.format("done.handout.saved", file.toString())))
                .onProblem(problem -> status.setText(texts.format("done.handout.failed", texts.problem(problem))))
                .onUnexpected(failure -> status.setText(texts.format("done.handout.failed", reason(failure))))
                .start();
    }

    private static void print(DoneViewModel viewModel, Texts texts, EngineWork work, HostCredential host, Window owner,
                              Label status) {
        PrinterJob job;
        try {
            job = PrinterJob.createPrinterJob();
        } catch (RuntimeException noPrinting) {
            job = null;
        }
        if (job == null) {
            status.setText(texts.get("done.print.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PrinterJob printing = job;
        work.task(() -> {
            try {
                return HandoutPage.draw(viewModel, host);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).onSuccess(page -> {
            PageLayout layout = printing.getJobSettings().getPageLayout();
            ImageView view = new ImageView(page.image());
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            boolean printed = printing.printPage(view) && printing.endJob();
            page.wipe();
            status.setText(printed ? texts.format("done.handout.printed", host.username()) : texts.get("done.print.failed"));
        }).onProblem(problem -> {
            printing.cancelJob();
            status.setText(texts.get("done.print.failed"));
        }).onUnexpected(failure -> {
            printing.cancelJob();
            status.setText(texts.get("done.print.failed"));
        }).start();
    }

    private static String reason(RuntimeException failure) {
        Throwable cause = failure instanceof UncheckedIOException io ? io.getCause() : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
