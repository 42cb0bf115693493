package org.ownmeet.steps.domain;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.steps.api.FormRow;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.Texts;

/** Three cards, one per kind of certificate, each with one sentence; the chosen one shows what it needs. */
final class CertificateChoiceView {
    private CertificateChoiceView() {
    }

    static Node create(DomainViewModel viewModel, Texts texts) {
        ToggleGroup group = new ToggleGroup();
        VBox letsEncrypt = ChoiceCard.of(group, CertificateMode.LETS_ENCRYPT, "certificateLetsEncrypt",
                texts.get("domain.letsEncrypt"), texts.get("domain.letsEncrypt.text"), letsEncryptDetails(viewModel, texts));
        VBox ownFiles = ChoiceCard.of(group, CertificateMode.OWN_FILES, "certificateOwnFiles",
                texts.get("domain.ownFiles"), texts.get("domain.ownFiles.text"), OwnFilesView.create(viewModel, texts));
        Label warning = DomainView.wrapped("selfSignedWarning", "step-text");
        warning.setText(texts.get("domain.selfSigned.warning"));
        VBox warningCard = StepPage.card(warning);
        warningCard.getStyleClass().add("warning");
        VBox selfSigned = ChoiceCard.of(group, CertificateMode.SELF_SIGNED, "certificateSelfSigned",
                texts.get("domain.selfSigned"), texts.get("domain.selfSigned.text"), warningCard);

        ChoiceCard.bind(group, viewModel.modeProperty());
        return new VBox(10, letsEncrypt, ownFiles, selfSigned);
    }

    private static Node letsEncryptDetails(DomainViewModel viewModel, Texts texts) {
        var validation = viewModel.validation();
        TextField email = new TextField(viewModel.emailProperty().get());
        email.setId("adminEmail");
        email.textProperty().bindBidirectional(viewModel.emailProperty());
        Fields.touchOnLeave(email, validation, ProfileFields.ADMIN_EMAIL);
        Node emailRow = FormRow.of(texts.get("domain.email"), email, texts.get("domain.email.why"),
                validation.errorProperty(ProfileFields.ADMIN_EMAIL), null);

        ToggleGroup services = new ToggleGroup();
        RadioButton real = service(services, AcmeService.LETS_ENCRYPT, "acmeLetsEncrypt", texts.get("domain.acme.letsEncrypt"));
        RadioButton staging = service(services, AcmeService.LETS_ENCRYPT_STAGING, "acmeStaging", texts.get("domain.acme.staging"));
        RadioButton other = service(services, AcmeService.OTHER, "acmeOther", texts.get("domain.acme.other"));
        ChoiceCard.bind(services, viewModel.acmeServiceProperty());
        TextField address = new TextField(viewModel.acmeAddressProperty().get());
        address.setId("acmeDirectory");
        address.setPromptText("https://");
        address.textProperty().bindBidirectional(viewModel.acmeAddressProperty());
        Fields.touchOnLeave(address, validation, ProfileFields.ACME_DIRECTORY);
        Node addressRow = FormRow.of(texts.get("domain.acme.address"), address, null,
                validation.errorProperty(ProfileFields.ACME_DIRECTORY), null);
        addressRow.visibleProperty().bind(other.selectedProperty());
        addressRow.managedProperty().bind(addressRow.visibleProperty());

        VBox service = new VBox(8, StepPage.text(texts.get("domain.acme.text")), real, staging, other, addressRow);
        TitledPane advanced = new TitledPane(texts.get("domain.advanced"), service);
        advanced.setId("certificateAdvanced");
        advanced.setExpanded(false);
        advanced.setAnimated(false);
        return new VBox(10, emailRow, advanced);
    }

    private static RadioButton service(ToggleGroup group, AcmeService value, String id, String text) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setUserData(value);
        button.setToggleGroup(group);
        return button;
    }
}
