package org.ownmeet.steps.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;

class WelcomeViewModelTest {
    private final WizardSession session = StepTests.session();
    private final WelcomeViewModel viewModel = new WelcomeViewModel(session);

    @Test
    void onlySettingUpANewServerCanStartInThisVersion() {
        assertTrue(viewModel.canStartProperty().get());
        viewModel.choiceProperty().set(StartChoice.MANAGE_SERVER);
        assertFalse(viewModel.canStartProperty().get());
        viewModel.choiceProperty().set(StartChoice.CHANGE_PASSWORD);
        assertFalse(viewModel.canStartProperty().get());
        viewModel.choiceProperty().set(StartChoice.NEW_SERVER);
        assertTrue(viewModel.canStartProperty().get());
    }

    @Test
    void theLanguagesAreNamedInTheirOwnLanguage() {
        assertEquals("English, Deutsch, Italiano",
                String.join(", ", viewModel.languages().stream().map(WelcomeViewModel::nameOf).toList()));
    }

    @Test
    void thePrivacyNoticeSpeaksTheWizardsLanguageWhereItCan() {
        viewModel.languageProperty().set(Locale.GERMAN);
        assertEquals("de", session.profile().language());
        viewModel.languageProperty().set(Locale.ITALIAN);
        assertEquals("it", session.profile().language());
        viewModel.languageProperty().set(Locale.ENGLISH);
        assertEquals("en", session.profile().language());
    }
}
