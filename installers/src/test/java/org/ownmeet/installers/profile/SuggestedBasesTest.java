package org.ownmeet.installers.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ownmeet.installers.profile.DataProtection.ControllerType;
import org.ownmeet.installers.profile.DataProtection.LegalBasis;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.installers.profile.validation.ProfileValidator;

class SuggestedBasesTest {

    @ParameterizedTest
    @EnumSource(ControllerType.class)
    void theSuggestedBasesAreLawfulForEachKindOfController(ControllerType type) {
        DataProtection school = ProfileSamples.schoolFacts();
        Profile profile = ProfileSamples.school().withOrganisation(ProfileSamples.school().organisation().withDataProtection(
                new DataProtection(type, SuggestedBases.meetings(type), SuggestedBases.security(type), SuggestedBases.accounts(type),
                        school.legalProvision(), false, school.officerEmail(), school.supervisoryAuthority(), school.hosting(), null,
                        school.participants())));
        List<String> basisErrors = ProfileValidator.validate(profile).errorsFor(ProfileFields.DATA_PROTECTION).stream()
                .map(FieldError::message).toList();
        assertEquals(List.of(), basisErrors);
    }

    @Test
    void aPublicBodyGetsItsPublicTaskAndABusinessItsInterestsAndContracts() {
        ControllerType school = ControllerType.PUBLIC_BODY;
        assertEquals(List.of(LegalBasis.PUBLIC_TASK, LegalBasis.PUBLIC_TASK, LegalBasis.PUBLIC_TASK),
                List.of(SuggestedBases.meetings(school), SuggestedBases.security(school), SuggestedBases.accounts(school)));
        ControllerType company = ControllerType.COMPANY;
        assertEquals(List.of(LegalBasis.LEGITIMATE_INTERESTS, LegalBasis.LEGITIMATE_INTERESTS, LegalBasis.CONTRACT),
                List.of(SuggestedBases.meetings(company), SuggestedBases.security(company), SuggestedBases.accounts(company)));
    }

    @Test
    void withoutAKindOfControllerNothingIsSuggested() {
        assertNull(SuggestedBases.meetings(null));
        assertNull(SuggestedBases.security(null));
        assertNull(SuggestedBases.accounts(null));
    }
}
