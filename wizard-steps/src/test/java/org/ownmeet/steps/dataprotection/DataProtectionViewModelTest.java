package org.ownmeet.steps.dataprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.DataProtection;
import org.ownmeet.installers.profile.DataProtection.ControllerType;
import org.ownmeet.installers.profile.DataProtection.LegalBasis;
import org.ownmeet.installers.profile.DataProtection.ParticipantGroup;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.organisation.DataProtectionDraft;
import org.ownmeet.steps.session.WizardSession;

class DataProtectionViewModelTest {
    private final Texts texts = StepTests.english();
    private final WizardSession session = StepTests.session();
    private final DataProtectionViewModel viewModel = new DataProtectionViewModel(session, texts);

    /** What the organisation page leaves: the kind chosen, with its suggested bases. */
    private void kind(ControllerType type) {
        DataProtectionDraft.change(session, facts -> facts.withControllerType(type).withMeetingsBasis(org.ownmeet.installers.profile.SuggestedBases.meetings(type))
                .withSecurityBasis(org.ownmeet.installers.profile.SuggestedBases.security(type)).withAccountsBasis(org.ownmeet.installers.profile.SuggestedBases.accounts(type)));
        viewModel.begin();
    }

    private String error(String path) {
        return viewModel.validation().errorProperty(path).get();
    }

    @Test
    void theBasesSuggestedForTheKindAreShownAndAPublicTaskAsksForItsLaw() {
        kind(ControllerType.PUBLIC_BODY);
        assertEquals(LegalBasis.PUBLIC_TASK, viewModel.meetingsBasisProperty().get());
        assertTrue(viewModel.lawAskedProperty().get());
        viewModel.validation().showAll();
        assertEquals(texts.get("field.legal-provision.missing"), error(ProfileFields.LEGAL_PROVISION));

        kind(ControllerType.COMPANY);
        assertEquals(LegalBasis.LEGITIMATE_INTERESTS, viewModel.meetingsBasisProperty().get());
        assertFalse(viewModel.lawAskedProperty().get(), "no basis of a company's rests on a law");
    }

    @Test
    void aPublicBodyOnLegitimateInterestsIsToldSoAtThatBasis() {
        kind(ControllerType.PUBLIC_BODY);
        viewModel.securityBasisProperty().set(LegalBasis.LEGITIMATE_INTERESTS);
        assertEquals(texts.get("field.legal-basis.public-body-interests"), error(ProfileFields.SECURITY_BASIS));
        assertEquals("", error(ProfileFields.MEETINGS_BASIS));
        assertFalse(viewModel.validProperty().get());
    }

    @Test
    void consentIsNoBasisWhereTakingPartIsObligatory() {
        kind(ControllerType.ASSOCIATION);
        viewModel.meetingsBasisProperty().set(LegalBasis.CONSENT);
        viewModel.obligatoryProperty().set(true);
        assertEquals(texts.get("field.legal-basis.consent-obligatory"), error(ProfileFields.MEETINGS_BASIS));
    }

    @Test
    void theAnswersGoIntoTheProfileAndMakeThePageValid() {
        kind(ControllerType.PUBLIC_BODY);
        assertFalse(viewModel.validProperty().get());
        viewModel.participantProperty(ParticipantGroup.PUPILS_AND_MINORS).set(true);
        viewModel.participantProperty(ParticipantGroup.STAFF).set(true);
        viewModel.obligatoryProperty().set(true);
        viewModel.legalProvisionProperty().set("§ 120 Schulgesetz NRW");
        viewModel.authorityNameProperty().set("LDI NRW");
        viewModel.authorityAddressProperty().set("Kavalleriestraße 2-4\n40213 Düsseldorf");
        assertTrue(viewModel.validProperty().get());

        DataProtection facts = session.profile().organisation().dataProtection();
        assertEquals(List.of(ParticipantGroup.PUPILS_AND_MINORS, ParticipantGroup.STAFF), facts.participants());
        assertTrue(facts.participationObligatory());
        assertEquals("§ 120 Schulgesetz NRW", facts.legalProvision());
        assertEquals(new DataProtection.SupervisoryAuthority("LDI NRW", "Kavalleriestraße 2-4\n40213 Düsseldorf"),
                facts.supervisoryAuthority());
        assertEquals(ControllerType.PUBLIC_BODY, facts.controllerType(), "the organisation page's answer is kept");
    }

    @Test
    void nothingChosenSaysWhatIsMissingAtEachField() {
        kind(ControllerType.INDIVIDUAL);
        viewModel.validation().showAll();
        assertEquals(texts.get("field.participants.missing"), error(ProfileFields.PARTICIPANTS));
        assertEquals(texts.get("field.authority-name.missing"), error(ProfileFields.AUTHORITY_NAME));
        assertEquals("", error(ProfileFields.AUTHORITY_ADDRESS), "the address is optional");
        viewModel.participantProperty(ParticipantGroup.GUESTS).set(true);
        viewModel.participantProperty(ParticipantGroup.GUESTS).set(false);
        assertEquals(List.of(), session.profile().organisation().dataProtection().participants());
    }
}
