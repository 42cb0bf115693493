package org.ownmeet.steps.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.DataProtection;
import org.ownmeet.installers.profile.DataProtection.ControllerType;
import org.ownmeet.installers.profile.DataProtection.LegalBasis;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;

/** The kind of organisation and its data protection officer on the organisation page, without a toolkit. */
class OrganisationFactsViewModelTest {
    private final WizardSession session = StepTests.session();
    private final OrganisationViewModel viewModel = new OrganisationViewModel(session, StepTests.english());

    private void named() {
        viewModel.nameProperty().set("Grundschule Am Park");
        viewModel.contactEmailProperty().set("datenschutz@schule-am-park.de");
    }

    @Test
    void shownThePageAsksForTheKindOfOrganisationBeforeGoingOn() {
        named();
        assertNull(session.profile().organisation().dataProtection(), "nothing answered before the page is shown");
        viewModel.begin();
        assertEquals(DataProtectionDraft.UNANSWERED, session.profile().organisation().dataProtection());
        assertFalse(viewModel.validProperty().get());
        viewModel.validation().showAll();
        assertEquals(StepTests.english().get("field.controller-type.missing"),
                viewModel.validation().errorProperty(ProfileFields.CONTROLLER_TYPE).get());
    }

    @Test
    void aKindBringsItsUsualLegalBasesWithIt() {
        named();
        viewModel.begin();
        viewModel.controllerTypeProperty().set(ControllerType.COMPANY);
        DataProtection facts = session.profile().organisation().dataProtection();
        assertEquals(ControllerType.COMPANY, facts.controllerType());
        assertEquals(LegalBasis.LEGITIMATE_INTERESTS, facts.meetingsBasis());
        assertEquals(LegalBasis.CONTRACT, facts.accountsBasis());
        assertTrue(viewModel.validProperty().get(), "a company needs no officer");

        viewModel.controllerTypeProperty().set(ControllerType.PUBLIC_BODY);
        assertEquals(LegalBasis.PUBLIC_TASK, session.profile().organisation().dataProtection().meetingsBasis());
    }

    @Test
    void theOfficerIsAskedOnlyWhereTheEngineRequiresOne() {
        named();
        viewModel.begin();
        assertFalse(viewModel.officerAskedProperty().get());
        viewModel.controllerTypeProperty().set(ControllerType.ASSOCIATION);
        assertFalse(viewModel.officerAskedProperty().get());
        viewModel.controllerTypeProperty().set(ControllerType.PUBLIC_BODY);
        assertTrue(viewModel.officerAskedProperty().get());
        assertFalse(viewModel.validProperty().get());
        viewModel.officerEmailProperty().set("dsb@");
        assertEquals("", viewModel.validation().errorProperty(ProfileFields.CONTROLLER_TYPE).get());
        assertFalse(viewModel.validation().errorProperty(ProfileFields.OFFICER_EMAIL).get().isEmpty(), "said at the officer's e-mail");

        viewModel.officerEmailProperty().set("dsb@schulamt.de");
        assertTrue(viewModel.validProperty().get());
        assertEquals("dsb@schulamt.de", session.profile().organisation().dataProtection().officerEmail());
        viewModel.controllerTypeProperty().set(ControllerType.COMPANY);
        assertTrue(viewModel.officerAskedProperty().get(), "an officer named stays to be changed or removed");
    }

    @Test
    void theOlderFieldsKeepTheFactsWhenTheyChange() {
        viewModel.begin();
        viewModel.controllerTypeProperty().set(ControllerType.PUBLIC_BODY);
        named();
        viewModel.addressProperty().set("Parkweg 1");
        viewModel.dataProtectionOfficerProperty().set("Dr. Maria Rossi");
        assertEquals(ControllerType.PUBLIC_BODY, session.profile().organisation().dataProtection().controllerType());
    }

    @Test
    void aServersAnswersAreShownAndKept() {
        WizardSession managed = StepTests.session(ProfileSamples.school());
        OrganisationViewModel onServer = new OrganisationViewModel(managed, StepTests.english());
        onServer.begin();
        assertEquals(ControllerType.PUBLIC_BODY, onServer.controllerTypeProperty().get());
        assertEquals("dsb@schulamt-seedorf.de", onServer.officerEmailProperty().get());
        assertEquals(ProfileSamples.schoolFacts(), managed.profile().organisation().dataProtection());
        assertTrue(onServer.validProperty().get());
    }
}
