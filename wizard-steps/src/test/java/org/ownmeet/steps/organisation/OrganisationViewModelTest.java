package org.ownmeet.steps.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;

class OrganisationViewModelTest {
    private final WizardSession session = StepTests.session();
    private final OrganisationViewModel viewModel = new OrganisationViewModel(session, StepTests.english());

    @Test
    void startsInvalidButSaysNothingBeforeTheUserTypes() {
        assertFalse(viewModel.validProperty().get());
        assertEquals("", viewModel.validation().errorProperty(ProfileFields.ORGANISATION_NAME).get());
    }

    @Test
    void fieldsGoIntoTheProfileAndTheEnginesRulesDecide() {
        viewModel.nameProperty().set("Grundschule Am Park");
        viewModel.contactEmailProperty().set("not-an-address");
        assertEquals("Grundschule Am Park", session.profile().organisation().name());
        assertFalse(viewModel.validProperty().get());
        String error = viewModel.validation().errorProperty(ProfileFields.ORGANISATION_CONTACT).get();
        assertFalse(error.isEmpty());
        assertFalse(error.startsWith("Organisation e-mail:"), "the field's own name is not repeated at the field: " + error);

        viewModel.contactEmailProperty().set("datenschutz@schule-am-park.de");
        assertTrue(viewModel.validProperty().get());
        assertEquals("", viewModel.validation().errorProperty(ProfileFields.ORGANISATION_CONTACT).get());
        assertEquals("datenschutz@schule-am-park.de", session.profile().organisation().contactEmail());
    }

    @Test
    void anEmptiedRequiredFieldSaysWhyItIsNeeded() {
        viewModel.nameProperty().set("x");
        viewModel.nameProperty().set("  ");
        assertEquals(null, session.profile().organisation().name());
        assertTrue(viewModel.validation().errorProperty(ProfileFields.ORGANISATION_NAME).get().contains("privacy notice"));
    }

    @Test
    void showAllRevealsEveryError() {
        viewModel.validation().showAll();
        assertFalse(viewModel.validation().errorProperty(ProfileFields.ORGANISATION_NAME).get().isEmpty());
        assertFalse(viewModel.validation().errorProperty(ProfileFields.ORGANISATION_CONTACT).get().isEmpty());
        assertEquals("", viewModel.validation().errorProperty(ProfileFields.ORGANISATION_ADDRESS).get());
    }

    @Test
    void theDataProtectionFactsStayWhenTheNameChanges() {
        WizardSession answered = StepTests.session(ProfileSamples.school());
        new OrganisationViewModel(answered, StepTests.english()).nameProperty().set("Grundschule Am Park");
        assertEquals("Grundschule Am Park", answered.profile().organisation().name());
        assertEquals(ProfileSamples.schoolFacts(), answered.profile().organisation().dataProtection());
    }
}
