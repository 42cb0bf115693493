package org.ownmeet.steps.organisation;

import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

import org.ownmeet.installers.profile.DataProtection;
import org.ownmeet.installers.profile.DataProtection.ControllerType;
import org.ownmeet.installers.profile.Profile.Organisation;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.profile.SuggestedBases;
import org.ownmeet.installers.profile.validation.DataProtectionRule;
import org.ownmeet.steps.api.StepValidation;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;

/**
 * Who runs the service: each field goes straight into the draft profile and is checked by the engine's
 * rules. The kind of organisation brings the usual legal bases with it (the next page shows them), and
 * the data protection officer is asked where the engine requires one, or where one is named already.
 */
public final class OrganisationViewModel {
    private final WizardSession session;
    private final StepValidation validation;
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty address = new SimpleStringProperty(this, "address");
    private final StringProperty contactEmail = new SimpleStringProperty(this, "contactEmail");
    private final StringProperty dataProtectionOfficer = new SimpleStringProperty(this, "dataProtectionOfficer");
    private final ObjectProperty<ControllerType> controllerType = new SimpleObjectProperty<>(this, "controllerType");
    private final StringProperty officerEmail = new SimpleStringProperty(this, "officerEmail");
    private final BooleanBinding officerAsked;

    public OrganisationViewModel(WizardSession session, Texts texts) {
        this.session = session;
        Organisation now = organisation();
        name.set(now.name());
        address.set(now.address());
        contactEmail.set(now.contactEmail());
        dataProtectionOfficer.set(now.dataProtectionOfficer());
        DataProtection facts = DataProtectionDraft.of(session);
        controllerType.set(facts.controllerType());
        officerEmail.set(facts.officerEmail());
        validation = new StepValidation(session, texts, ProfileFields.ORGANISATION_NAME, ProfileFields.ORGANISATION_ADDRESS,
                ProfileFields.ORGANISATION_CONTACT, ProfileFields.CONTROLLER_TYPE, ProfileFields.ORGANISATION_DPO,
                ProfileFields.OFFICER_EMAIL);
        follow(name, ProfileFields.ORGANISATION_NAME, v -> o -> o.withName(v));
        follow(address, ProfileFields.ORGANISATION_ADDRESS, v -> o -> o.withAddress(v));
        follow(contactEmail, ProfileFields.ORGANISATION_CONTACT, v -> o -> o.withContactEmail(v));
        follow(dataProtectionOfficer, ProfileFields.ORGANISATION_DPO, v -> o -> o.withDataProtectionOfficer(v));
        controllerType.addListener((property, before, type) -> {
            DataProtectionDraft.change(session, known -> known.withControllerType(type).withMeetingsBasis(SuggestedBases.meetings(type))
                    .withSecurityBasis(SuggestedBases.security(type)).withAccountsBasis(SuggestedBases.accounts(type)));
            validation.touch(ProfileFields.CONTROLLER_TYPE);
        });
        officerEmail.addListener((property, before, typed) -> {
            DataProtectionDraft.change(session, known -> known.withOfficerEmail(DataProtectionDraft.answer(typed)));
            validation.touch(ProfileFields.OFFICER_EMAIL);
        });
        officerAsked = Bindings.createBooleanBinding(() -> DataProtectionRule.officerRequired(controllerType.get())
                || DataProtectionDraft.answer(dataProtectionOfficer.get()) != null || DataProtectionDraft.answer(officerEmail.get()) != null,
                controllerType, dataProtectionOfficer, officerEmail);
    }

    /** The page is shown: a draft without data protection facts gets unanswered ones, so the rules ask for them. */
    public void begin() {
        DataProtectionDraft.begin(session);
        validation.revalidate();
    }

    private void follow(StringProperty field, String path, java.util.function.Function<String, UnaryOperator<Organisation>> edit) {
        field.addListener((property, before, now) -> {
            String value = DataProtectionDraft.answer(now);
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

    /** School or public body, company, association, individual; null until chosen. */
    public ObjectProperty<ControllerType> controllerTypeProperty() {
        return controllerType;
    }

    public StringProperty officerEmailProperty() {
        return officerEmail;
    }

    /** True where the engine requires an officer for the kind chosen, or one is named already (then it stays changeable). */
    public BooleanBinding officerAskedProperty() {
        return officerAsked;
    }

    public StepValidation validation() {
        return validation;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return validation.validProperty();
    }
}
