package org.ownmeet.steps.install;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.ownmeet.installers.engine.ApplyContext.HostCredential;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;

/** On the stopped card: the hosts the stopped run made and their one-time passwords, with the "shown only now" warning. */
final class EarlierHostsView {
    private EarlierHostsView() {
    }

    static Node create(EarlierHosts hosts, Texts texts) {
        return create(hosts, texts, "install");
    }

    /** @param idPrefix the start of every node's id, so that the failed card and the stopped card each have their own */
    static Node create(EarlierHosts hosts, Texts texts, String idPrefix) {
        VBox box = new VBox(8);
        box.setId(idPrefix + "EarlierHosts");
        Runnable fill = () -> fill(box, hosts, texts, idPrefix);
        hosts.list().addListener((ListChangeListener<HostCredential>) change -> fill.run());
        fill.run();
        box.visibleProperty().bind(Bindings.isNotEmpty(hosts.list()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static void fill(VBox box, EarlierHosts hosts, Texts texts, String idPrefix) {
        Label warning = StepPage.text(texts.get("install.newHosts.warning"));
        warning.setId(idPrefix + "PasswordWarning");
        GridPane table = new GridPane();
        table.setId(idPrefix + "PasswordTable");
        table.setHgap(16);
        table.setVgap(6);
        List<HostCredential> list = hosts.list();
        for (int i = 0; i < list.size(); i++) {
            HostCredential host = list.get(i);
            Label user = new Label(host.username());
            user.setId(idPrefix + "Host-" + i);
            // read-only but selectable, so the password can be copied
            TextField password = new TextField(hosts.passwordText(host));
            password.setId(idPrefix + "Password-" + i);
            password.setEditable(false);
            password.setPrefColumnCount(16);
            password.setAccessibleText(texts.format("install.newHosts.password.accessible", host.username()));
            table.addRow(i, user, password);
        }
        box.getChildren().setAll(StepPage.section(texts.get("install.newHosts")), warning, table);
    }
}
