package org.ownmeet.steps.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.store.SavedProfiles;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

class WelcomeViewModelTest {
    private final WizardSession session = StepTests.session();
    private final WelcomeViewModel viewModel = new WelcomeViewModel(session);

    @Test
    void everyChoiceCanStartAndPicksTheFlow() {
        assertTrue(viewModel.canStartProperty().get());
        viewModel.choiceProperty().set(StartChoice.MANAGE_SERVER);
        assertTrue(viewModel.canStartProperty().get());
        assertEquals(StartChoice.MANAGE_SERVER, session.startChoiceProperty().get(), "the choice is the session's: it picks the flow");
        viewModel.choiceProperty().set(StartChoice.CHANGE_PASSWORD);
        assertTrue(viewModel.canStartProperty().get());
        assertEquals(StartChoice.CHANGE_PASSWORD, session.startChoiceProperty().get());
        viewModel.choiceProperty().set(StartChoice.NEW_SERVER);
        assertTrue(viewModel.canStartProperty().get());
    }

    @Test
    void aRecentServerTakesItsSavedProfileAndTheManageFlow(@TempDir Path dir) throws Exception {
        SavedProfiles store = new SavedProfiles(dir);
        Profile school = Profile.newProfile().withServer(new Profile.Server("203.0.113.5", 22, "debian")).withDomain("meet.school.example");
        store.save(school);
        store.save(Profile.newProfile().withServer(new Profile.Server("198.51.100.9", 2222, "admin")));
        WelcomeViewModel offered = new WelcomeViewModel(session, store::recent, EngineWork.direct());
        List<SavedProfiles.Saved> recent = offered.recentServers();
        assertEquals(2, recent.size());
        SavedProfiles.Saved schoolServer = recent.stream().filter(s -> s.profile().equals(school)).findFirst().orElseThrow();
        assertEquals("meet.school.example (203.0.113.5)", WelcomeViewModel.describe(schoolServer));
        assertEquals("198.51.100.9:2222", WelcomeViewModel.describe(recent.stream().filter(s -> s != schoolServer).findFirst().orElseThrow()));

        int replaced = session.draftReplacedProperty().get();
        offered.openRecent(schoolServer);
        assertEquals(school, session.profile());
        assertEquals(StartChoice.MANAGE_SERVER, session.startChoiceProperty().get());
        assertEquals(replaced + 1, session.draftReplacedProperty().get(), "the steps are made anew from the saved profile");
    }

    @Test
    void theSavedServersAreReadInTheBackgroundAndOfferedOnceRead(@TempDir Path dir) throws Exception {
        SavedProfiles store = new SavedProfiles(dir);
        store.save(Profile.newProfile().withServer(new Profile.Server("203.0.113.5", 22, "debian")));
        List<Runnable> background = new ArrayList<>();
        WelcomeViewModel offered = new WelcomeViewModel(session, store::recent, new EngineWork(background::add, Runnable::run));
        assertEquals(List.of(), offered.recentServers(), "nothing is read before the first screen");
        assertEquals(1, background.size());
        List<Integer> seen = new ArrayList<>();
        offered.recentServers().addListener((ListChangeListener<SavedProfiles.Saved>) change -> seen.add(offered.recentServers().size()));
        background.get(0).run();
        assertEquals(List.of(1), seen, "the page hears of them when they are read");
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
