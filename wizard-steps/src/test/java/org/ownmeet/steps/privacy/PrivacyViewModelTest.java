package org.ownmeet.steps.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.AccessLog;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;

class PrivacyViewModelTest {
    private final WizardSession session = StepTests.session();
    private final PrivacyViewModel viewModel = new PrivacyViewModel(session, StepTests.english());

    @Test
    void startsFromTheEnginesDefaultsAndIsValid() {
        Profile defaults = Profile.newProfile();
        assertEquals(defaults.logging().retentionDays(), viewModel.retentionDaysProperty().get());
        assertEquals(AccessLog.OFF, viewModel.accessLogProperty().get());
        assertFalse(viewModel.peerToPeerProperty().get());
        assertFalse(viewModel.desktopAppsProperty().get());
        assertTrue(viewModel.firewallProperty().get());
        assertTrue(viewModel.validProperty().get());
        assertTrue(viewModel.retentionMeaning().get().contains("deleted after 7 days"), viewModel.retentionMeaning().get());
    }

    @Test
    void eachChoiceGoesIntoTheProfile() {
        viewModel.retentionDaysProperty().set(30);
        viewModel.accessLogProperty().set(AccessLog.ANONYMISED);
        assertEquals(new Profile.Logging(30, AccessLog.ANONYMISED), session.profile().logging());

        viewModel.peerToPeerProperty().set(true);
        assertEquals(new Profile.Options(true, false, true), session.profile().options());
        viewModel.desktopAppsProperty().set(true);
        assertEquals(new Profile.Options(true, true, true), session.profile().options());
        viewModel.firewallProperty().set(false);
        assertEquals(new Profile.Options(true, true, false), session.profile().options());
    }

    @Test
    void firefoxIsLetInUnlessChosenAndTheSentenceSaysUpstreamFixedTheOldProblem() {
        assertFalse(viewModel.excludeFirefoxProperty().get());
        assertTrue(viewModel.excludeFirefoxMeaning().get().contains("Jitsi fixed the old problem"), viewModel.excludeFirefoxMeaning().get());
        session.update(profile -> profile.withOptions(new Profile.Options(false, false, true, true)));
        viewModel.excludeFirefoxProperty().set(true);
        assertEquals(new Profile.Options(false, false, true, true, true), session.profile().options(), "local recording stays as it was");
        assertTrue(viewModel.excludeFirefoxMeaning().get().contains("asking them to use another browser"));
    }

    @Test
    void oneDayIsSaidInTheSingular() {
        viewModel.retentionDaysProperty().set(1);
        assertTrue(viewModel.retentionMeaning().get().contains("after 1 day,"), viewModel.retentionMeaning().get());
    }

    @Test
    void zeroDaysMeansNoAccessLogAndTheEngineSaysAShortenedOneMakesNoDifference() {
        viewModel.accessLogProperty().set(AccessLog.ANONYMISED);
        assertEquals("", viewModel.validation().warningProperty(ProfileFields.ACCESS_LOG).get());
        viewModel.retentionDaysProperty().set(0);
        assertTrue(viewModel.retentionMeaning().get().startsWith("No access log at all."));
        String warning = viewModel.validation().warningProperty(ProfileFields.ACCESS_LOG).get();
        assertTrue(warning.contains("no access log is kept"), warning);
        assertTrue(viewModel.validProperty().get(), "a warning, not an error");
    }

    @Test
    void tooManyDaysIsTheEnginesErrorAtTheField() {
        viewModel.retentionDaysProperty().set(400);
        assertFalse(viewModel.validProperty().get());
        String error = viewModel.validation().errorProperty(ProfileFields.RETENTION_DAYS).get();
        assertTrue(error.contains("365"), error);
        viewModel.retentionDaysProperty().set(PrivacyViewModel.MOST_DAYS);
        assertTrue(viewModel.validProperty().get());
        assertEquals("", viewModel.validation().errorProperty(ProfileFields.RETENTION_DAYS).get());
    }

    @Test
    void eachOptionsSentenceFollowsTheChoice() {
        String off = viewModel.peerToPeerMeaning().get();
        viewModel.peerToPeerProperty().set(true);
        assertNotEquals(off, viewModel.peerToPeerMeaning().get());
        assertTrue(viewModel.peerToPeerMeaning().get().contains("STUN"));

        assertTrue(viewModel.desktopAppsMeaning().get().contains("does not let in port 5222"));
        viewModel.desktopAppsProperty().set(true);
        assertTrue(viewModel.desktopAppsMeaning().get().contains("lets in port 5222"));
        viewModel.firewallProperty().set(false);
        assertTrue(viewModel.desktopAppsMeaning().get().startsWith("Without OwnMeet's firewall"));
        assertTrue(viewModel.firewallMeaning().get().startsWith("OwnMeet leaves the firewall"));
    }

    @Test
    void aProfileFromAnEarlierRunIsShownAsItWas() {
        WizardSession earlier = StepTests.session(Profile.newProfile().withLogging(new Profile.Logging(14, AccessLog.ANONYMISED))
                .withOptions(new Profile.Options(true, true, false)));
        PrivacyViewModel shown = new PrivacyViewModel(earlier, StepTests.english());
        assertEquals(14, shown.retentionDaysProperty().get());
        assertEquals(AccessLog.ANONYMISED, shown.accessLogProperty().get());
        assertTrue(shown.peerToPeerProperty().get());
        assertTrue(shown.desktopAppsProperty().get());
        assertFalse(shown.firewallProperty().get());
    }

    @Test
    void anOptionThisPageDoesNotShowIsKept() {
        WizardSession recording = StepTests.session(Profile.newProfile()
                .withOptions(Profile.newProfile().options().withLocalRecording(true)));
        new PrivacyViewModel(recording, StepTests.english()).peerToPeerProperty().set(true);
        assertEquals(new Profile.Options(true, false, true, true), recording.profile().options());
    }
}
