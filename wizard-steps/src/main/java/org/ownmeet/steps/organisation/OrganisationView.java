package org.ownmeet.steps.organisation;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.steps.api.BoundControls;
import org.ownmeet.steps.api.FieldRow;
import org.ownmeet.steps.api.GroupRow;
import org.ownmeet.steps.api.StepPage;
import org.ownmeet.steps.api.StepValidation;
import org.ownmeet.steps.api.Texts;

/**
 * The organisation's name, address, contact e-mail, kind in law and, where it needs one, data protection
 * officer, each with why it is asked.
 */
final class OrganisationView {
    private OrganisationView() {
    }

    static Node create(OrganisationViewModel viewModel, Texts texts) {
        TextField name = BoundControls.textField("organisationName", viewModel.nameProperty());
        TextArea address = BoundControls.address("organisationAddress", 3, viewModel.addressProperty());
        TextField contact = BoundControls.textField("organisationContact", viewModel.contactEmailProperty());
        TextField officer = BoundControls.textField("organisationOfficer", viewModel.dataProtectionOfficerProperty());
        TextField officerEmail = BoundControls.textField("officerEmail", viewModel.officerEmailProperty());

        var validation = viewModel.validation();
        VBox officerBox = new VBox(10, row(texts, "officer", officer, validation, ProfileFields.ORGANISATION_DPO),
                row(texts, "officerEmail", officerEmail, validation, ProfileFields.OFFICER_EMAIL));
        officerBox.setId("officerBox");
        officerBox.visibleProperty().bind(viewModel.officerAskedProperty());
        officerBox.managedProperty().bind(officerBox.visibleProperty());
        return StepPage.create("organisation",
                StepPage.text(texts.get("organisation.intro")),
                row(texts, "name", name, validation, ProfileFields.ORGANISATION_NAME),
                row(texts, "address", address, validation, ProfileFields.ORGANISATION_ADDRESS),
                row(texts, "contact", contact, validation, ProfileFields.ORGANISATION_CONTACT),
                GroupRow.of("controllerType", texts.get("organisation.type"), ControllerTypeChoice.create(
                        viewModel.controllerTypeProperty(), texts), texts.get("organisation.type.why"),
                        validation.errorProperty(ProfileFields.CONTROLLER_TYPE), null),
                officerBox);
    }

    private static Node row(Texts texts, String key, TextInputControl control, StepValidation validation, String path) {
        return FieldRow.of(texts, "organisation." + key, control, validation, path);
    }
}
