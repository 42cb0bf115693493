package org.ownmeet.steps.connection;

import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import org.ownmeet.installers.session.Preflight;
import org.ownmeet.installers.ssh.SshTarget;
import org.ownmeet.installers.ssh.problem.HostKeyChangedProblem;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;

/** The two cards of the connection page: what the server is (preflight), and the stop screen for a changed key. */
final class ConnectionCards {
    private ConnectionCards() {
    }

    /** Filled each time the server's preflight changes; hidden while there is none. */
    static VBox preflight(ConnectionViewModel viewModel, Texts texts) {
        VBox card = StepPage.card();
        card.setId("preflightCard");
        card.visibleProperty().bind(viewModel.preflightProperty().isNotNull());
        card.managedProperty().bind(card.visibleProperty());
        viewModel.preflightProperty().addListener((property, before, now) -> {
            fill(card, now, viewModel, texts);
            if (now != null) {
                Platform.runLater(() -> showBottom(card));
            }
        });
        fill(card, viewModel.preflightProperty().get(), viewModel, texts);
        return card;
    }

    /** The card is the last thing on the page: scrolls the page down so that it is seen. */
    private static void showBottom(Node card) {
        for (Node node = card.getParent(); node != null; node = node.getParent()) {
            if (node instanceof ScrollPane scroll) {
                scroll.layout();
                scroll.setVvalue(scroll.getVmax());
                return;
            }
        }
    }

    private static void fill(VBox card, Preflight found, ConnectionViewModel viewModel, Texts texts) {
        card.getChildren().clear();
        card.getStyleClass().removeAll("success", "danger");
        if (found == null) {
            return;
        }
        PreflightSummary summary = new PreflightSummary(found, texts);
        card.getStyleClass().add(summary.supported() ? "success" : "danger");
        Label system = line("preflightSystem", (summary.supported() ? "✓ " : "✗ ") + summary.system());
        system.getStyleClass().add(summary.supported() ? "preflight-supported" : "preflight-unsupported");
        card.getChildren().addAll(StepPage.section(texts.get("connection.preflight.title")), system);
        summary.note().ifPresent(note -> card.getChildren().add(line("preflightNote", note)));
        card.getChildren().addAll(line("preflightCores", summary.cores()), line("preflightMemory", summary.memory()),
                line("preflightDisk", summary.disk()), line("preflightAddresses", summary.addresses()));
        summary.existing().ifPresent(existing -> card.getChildren().add(line("preflightExisting", existing)));
        if (viewModel.offersManaging()) {
            Label offer = line("preflightManageOffer", texts.get("connection.preflight.manageOffer"));
            Button manage = new Button(texts.get("connection.preflight.manageInstead"));
            manage.setId("manageInstead");
            manage.setOnAction(event -> {
                viewModel.manageInstead();
                card.getChildren().removeAll(offer, manage);
            });
            card.getChildren().addAll(offer, manage);
        }
    }

    /** Replaces the form when the server's key changed: what it may mean and what to do, and no way on to this server. */
    static VBox changedKey(ConnectionViewModel viewModel, Texts texts) {
        VBox card = StepPage.card();
        card.setId("hostKeyChangedCard");
        card.getStyleClass().add("danger");
        card.visibleProperty().bind(viewModel.changedKeyProperty().isNotNull());
        card.managedProperty().bind(card.visibleProperty());
        viewModel.changedKeyProperty().addListener((property, before, now) -> {
            card.getChildren().clear();
            if (now != null) {
                fillStop(card, now, viewModel, texts);
            }
        });
        return card;
    }

    private static void fillStop(VBox card, HostKeyChangedProblem changed, ConnectionViewModel viewModel, Texts texts) {
        SshTarget server = viewModel.attemptProperty().get();
        String host = server.host().toLowerCase(Locale.ROOT);
        String knownHostsLine = server.port() == 22 ? host : "[" + host + "]:" + server.port();
        Label title = new Label(texts.get("connection.changed.title"));
        title.getStyleClass().add("stop-title");
        title.setWrapText(true);
        Label offered = line("changedKeyOffered", texts.format("connection.changed.offered", changed.offered().describe()));
        offered.getStyleClass().add("mono");
        Label file = line("changedKeyFile", texts.format("connection.changed.reinstalled", viewModel.knownHostsFile(), knownHostsLine));
        Label forIt = line("changedKeyDetail", texts.format("connection.detail", changed.detail()));
        forIt.getStyleClass().add("for-it");
        Button other = new Button(texts.get("connection.changed.other"));
        other.setId("chooseAnotherServer");
        other.setOnAction(event -> viewModel.chooseAnotherServer());
        card.getChildren().addAll(title, line("changedKeyMeaning", texts.format("connection.changed.meaning", server.host())),
                offered, line("changedKeyTodo", texts.get("connection.changed.todo")), file, forIt, other);
        other.requestFocus();
    }

    private static Label line(String id, String text) {
        Label line = StepPage.text(text);
        line.setId(id);
        return line;
    }
}
