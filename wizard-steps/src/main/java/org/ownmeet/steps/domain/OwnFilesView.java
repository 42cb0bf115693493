package org.ownmeet.steps.domain;

import java.io.File;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.steps.api.FormRow;
import org.ownmeet.steps.api.StepValidation;
import org.ownmeet.steps.api.Texts;

/** The certificate and key files: a path to type or a file to pick; the engine checks both on this computer, never showing the key. */
final class OwnFilesView {
    private OwnFilesView() {
    }

    static Node create(DomainViewModel viewModel, Texts texts) {
        StepValidation validation = viewModel.validation();
        return new VBox(10,
                fileRow(texts, validation, viewModel.certificateFileProperty(), "certificateFile", "domain.certificateFile",
                        ProfileFields.CERTIFICATE_FILE),
                fileRow(texts, validation, viewModel.keyFileProperty(), "keyFile", "domain.keyFile", ProfileFields.KEY_FILE));
    }

    private static Node fileRow(Texts texts, StepValidation validation, StringProperty path, String id, String key, String field) {
        TextField shown = new TextField(path.get());
        shown.setId(id);
        shown.textProperty().bindBidirectional(path);
        Fields.touchOnLeave(shown, validation, field);
        Button choose = new Button(texts.get("domain.choose"));
        choose.setId(id + "Choose");
        choose.setAccessibleText(texts.get(key + ".choose"));
        choose.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(texts.get(key + ".choose"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(texts.get("domain.pemFiles"), "*.pem", "*.crt", "*.cer", "*.key"),
                    new FileChooser.ExtensionFilter(texts.get("domain.allFiles"), "*"));
            File now = path.get() == null ? null : new File(path.get()).getParentFile();
            if (now != null && now.isDirectory()) {
                chooser.setInitialDirectory(now);
            }
            File picked = chooser.showOpenDialog(choose.getScene().getWindow());
            if (picked != null) {
                path.set(picked.getAbsolutePath());
                validation.touch(field);
            }
        });
        return Fields.withButton(FormRow.of(texts.get(key), shown, texts.get(key + ".why"), validation.errorProperty(field),
                validation.warningProperty(field)), shown, choose);
    }
}
