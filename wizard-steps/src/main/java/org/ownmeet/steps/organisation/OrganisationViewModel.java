package org.ownmeet.steps.organisation;

import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

import org.ownmeet.installers.profile.Profile.Organisation;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.steps.api.StepValidation;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;

/** Who runs the service: each field goes straight into the draft profile and is checked by the engine's rules. */
public final class OrganisationViewModel {
    private final WizardSession session;
    private final StepValidation validation;
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty address = new SimpleStringProperty(this, "address");
    private final StringProperty contactEmail = new SimpleStringProperty(this, "contactEmail");
    private final StringProperty dataProtectionOfficer = new SimpleStringProperty(this, "dataProtectionOfficer");

    public OrganisationViewModel(WizardSession session, Texts texts) {
        this.session = session;
        Organisation now = organisation();
        name.set(now.name());
        address.set(now.address());
        contactEmail.set(now.contactEmail());
        dataProtectionOfficer.set(now.dataProtectionOfficer());
        validation = new StepValidation(session, texts, ProfileFields.ORGANISATION_NAME, ProfileFields.ORGANISATION_ADDRESS,
                ProfileFields.ORGANISATION_CONTACT, ProfileFields.ORGANISATION_DPO);
        follow(name, ProfileFields.ORGANISATION_NAME, v -> o -> o.withName(v));
        follow(address, ProfileFields.ORGANISATION_ADDRESS, v -> o -> o.withAddress(v));
        follow(contactEmail, ProfileFields.ORGANISATION_CONTACT, v -> o -> o.withContactEmail(v));
        follow(dataProtectionOfficer, ProfileFields.ORGANISATION_DPO, v -> o -> o.withDataProtectionOfficer(v));
    }

    private void follow(StringProperty field, String path, java.util.function.Function<String, UnaryOperator<Organisation>> edit) {
        field.addListener((property, before, now) -> {
            String value = now == null || now.isBlank() ? null : now;
            session.update(profile -> profile.withOrganisation(edit.apply(value).apply(organisation())));
            validation.touch(path);
        });
    }

    private Organisation organisation() {
        Organisation now = session.profile().organisation();
        return now != null ? now : new Organisation(null, null, null, null);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty contactEmailProperty() {
        return contactEmail;
    }

    public StringProperty dataProtectionOfficerProperty() {
        return dataProtectionOfficer;
    }

    public StepValidation validation() {
        return validation;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return validation.validProperty();
    }
}
