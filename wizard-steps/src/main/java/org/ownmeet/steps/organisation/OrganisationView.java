package org.ownmeet.steps.organisation;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.steps.api.FormRow;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.StepValidation;
import org.ownmeet.steps.api.Texts;

/** The organisation's name, address, contact e-mail and data protection officer, each with why it is asked. */
final class OrganisationView {
    private OrganisationView() {
    }

    static Node create(OrganisationViewModel viewModel, Texts texts) {
        TextField name = field("organisationName", viewModel.nameProperty().get());
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        TextArea address = new TextArea(viewModel.addressProperty().get());
        address.setId("organisationAddress");
        address.setPrefRowCount(3);
        address.setWrapText(true);
        address.textProperty().bindBidirectional(viewModel.addressProperty());
        TextField contact = field("organisationContact", viewModel.contactEmailProperty().get());
        contact.textProperty().bindBidirectional(viewModel.contactEmailProperty());
        TextField officer = field("organisationOfficer", viewModel.dataProtectionOfficerProperty().get());
        officer.textProperty().bindBidirectional(viewModel.dataProtectionOfficerProperty());

        var validation = viewModel.validation();
        return StepPage.create("organisation",
                StepPage.text(texts.get("organisation.intro")),
                row(texts, "name", name, validation, ProfileFields.ORGANISATION_NAME),
                row(texts, "address", address, validation, ProfileFields.ORGANISATION_ADDRESS),
                row(texts, "contact", contact, validation, ProfileFields.ORGANISATION_CONTACT),
                row(texts, "officer", officer, validation, ProfileFields.ORGANISATION_DPO));
    }

    private static Node row(Texts texts, String key, TextInputControl control, StepValidation validation, String path) {
        control.focusedProperty().addListener((property, was, focused) -> {
            if (!focused) {
                validation.touch(path);
            }
        });
        return FormRow.of(texts.get("organisation." + key), control, texts.get("organisation." + key + ".why"),
                validation.errorProperty(path), validation.warningProperty(path));
    }

    private static TextField field(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        return field;
    }
}
