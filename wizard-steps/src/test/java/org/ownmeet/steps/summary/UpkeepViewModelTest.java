package org.ownmeet.steps.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.verify.HealthFinding.Level;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.EngineRun;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.summary.UpkeepViewModel.HealthLine;
import org.ownmeet.steps.work.EngineWork;

class UpkeepViewModelTest {
    private final WizardSession session = StepTests.session(ServerRecords.school());
    private final AtomicReference<UpkeepSource.Reading> onServer = new AtomicReference<>();
    private final AtomicReference<Profile> readFor = new AtomicReference<>();

    private UpkeepViewModel read(Texts texts) {
        session.recordProperty().set(ServerRecords.byOwnMeet(ServerRecords.school()));
        UpkeepViewModel viewModel = new UpkeepViewModel(session, EngineWork.direct(), texts, () -> profile -> {
            readFor.set(profile);
            return onServer.get();
        });
        viewModel.read();
        return viewModel;
    }

    @Test
    void newerJitsiPackagesAreANoticeWithTheVersionsAndAChoiceThatReachesTheApplyCall() {
        onServer.set(UpkeepReadings.reading(UpkeepReadings.NEWER, true));
        UpkeepViewModel viewModel = read(StepTests.english());
        assertEquals("The automatic updates leave these alone: after an upgrade OwnMeet must put its settings back on them. "
                + "Installed and offered:", viewModel.upgradeNoticeProperty().get());
        assertEquals(List.of("jicofo 1.0-1178-1 → 1.0-1190-1", "jitsi-meet 2.0.9823-1 → 2.0.9955-1"), viewModel.upgradeVersions());
        assertEquals("_Upgrade Jitsi to 2.0.9955-1 and re-apply my settings", viewModel.upgradeChoiceProperty().get());
        assertFalse(EngineRun.options(session).upgradeJitsi(), "never without asking");

        viewModel.upgradeJitsiProperty().set(true);
        assertTrue(EngineRun.options(session).upgradeJitsi(), "Review's plan and Install's apply take the session's options");
        assertEquals("meet.school.example", readFor.get().domain());
    }

    @Test
    void noNoticeAndNoChoiceWhenTheInstalledVersionsAreTheNewest() {
        session.upgradeJitsiProperty().set(true); // chosen on another server, or before an upgrade that is done now
        onServer.set(UpkeepReadings.reading(UpkeepReadings.NOTHING_NEWER, true));
        UpkeepViewModel viewModel = read(StepTests.english());
        assertEquals("", viewModel.upgradeNoticeProperty().get());
        assertTrue(viewModel.upgradeVersions().isEmpty());
        assertEquals("", viewModel.upgradeChoiceProperty().get());
        assertFalse(EngineRun.options(session).upgradeJitsi());
    }

    @Test
    void eachHealthFindingIsALineWithItsLevelInTheWizardsLanguage() {
        onServer.set(UpkeepReadings.reading(UpkeepReadings.NOTHING_NEWER, true));
        List<HealthLine> lines = read(Texts.forLocale(Locale.GERMAN)).health();
        assertEquals(List.of(Level.WARNING, Level.OK, Level.WARNING, Level.OK, Level.OK, Level.WARNING, Level.OK),
                lines.stream().map(HealthLine::level).toList());
        assertEquals("1 Sicherheitsupdate(s) und 2 weitere(s) Update(s) warten; das älteste Sicherheitsupdate wird seit 8 Tag(en) "
                + "angeboten.", lines.get(0).text());
        assertEquals("Das Web-Zertifikat gilt noch 10 Tag(e).", lines.get(5).text());
    }

    @Test
    void aServerThatCannotSayIsOneProblemLine() {
        UpkeepViewModel viewModel = new UpkeepViewModel(session, EngineWork.direct(), StepTests.english(), () -> profile -> {
            throw new org.ownmeet.steps.session.NotConnectedProblem();
        });
        session.recordProperty().set(ServerRecords.byOwnMeet(ServerRecords.school()));
        viewModel.read();
        assertEquals(1, viewModel.health().size());
        assertEquals(Level.PROBLEM, viewModel.health().get(0).level());
        assertTrue(viewModel.health().get(0).text().startsWith("OwnMeet could not read how the server is doing: "),
                viewModel.health().get(0).text());
    }

    @Test
    void passwordLoginsOffAreOfferedAfterAKeyLoginAndEditTheDraft() {
        onServer.set(UpkeepReadings.reading(UpkeepReadings.NOTHING_NEWER, true));
        UpkeepViewModel viewModel = read(StepTests.english());
        assertTrue(viewModel.keyLoginOfferedProperty().get());
        assertEquals("", viewModel.keyNeededProperty().get());
        viewModel.keyLoginsOnlyProperty().set(true);
        assertTrue(session.profile().upkeep().keyLoginsOnly());
        assertEquals(ServerRecords.school().upkeep().rebootTime(), session.profile().upkeep().rebootTime());

        session.replaceDraft(ServerRecords.school()); // the saved profile chosen, say
        assertFalse(viewModel.keyLoginsOnlyProperty().get(), "the box follows the draft");
    }

    @Test
    void afterAPasswordLoginTheNoticeSaysWhyItIsNotOffered() {
        onServer.set(UpkeepReadings.reading(UpkeepReadings.NOTHING_NEWER, false));
        UpkeepViewModel viewModel = read(StepTests.english());
        assertFalse(viewModel.keyLoginOfferedProperty().get());
        assertEquals("Password logins stay on: OwnMeet turns them off only when you log in with a key, so that you cannot shut "
                + "yourself out. Log in with your key and run OwnMeet again.", viewModel.keyNeededProperty().get());
    }
}
