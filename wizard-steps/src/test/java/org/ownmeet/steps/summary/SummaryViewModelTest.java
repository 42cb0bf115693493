package org.ownmeet.steps.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.store.SavedProfiles;
import org.ownmeet.installers.session.AppliedRecord;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.summary.SummaryViewModel.State;
import org.ownmeet.steps.welcome.StartChoice;
import org.ownmeet.steps.work.EngineWork;

class SummaryViewModelTest {
    @TempDir
    Path dir;
    private final WizardSession session = StepTests.session(Profile.newProfile().withServer(ServerRecords.ADDRESS));
    private final AtomicReference<AppliedRecord> onServer = new AtomicReference<>();
    private final AtomicInteger reads = new AtomicInteger();

    private SummaryViewModel viewModel(SavedProfiles saved) {
        return new SummaryViewModel(session, EngineWork.direct(), StepTests.english(), saved, () -> () -> {
            reads.incrementAndGet();
            return onServer.get();
        }, ZoneOffset.UTC);
    }

    @Test
    void theServersProfileBecomesTheDraftAndItsSettingsAndRunsAreSaid() {
        onServer.set(ServerRecords.byOwnMeet(ServerRecords.school()));
        SummaryViewModel viewModel = viewModel(new SavedProfiles(dir));
        int replaced = session.draftReplacedProperty().get();
        viewModel.onShown();

        assertEquals(State.OWNMEET, viewModel.stateProperty().get());
        assertTrue(viewModel.canManage());
        assertEquals(ServerRecords.school(), session.profile());
        assertTrue(session.draftReplacedProperty().get() > replaced, "the editing pages are made anew from it");
        assertEquals("OwnMeet set up this server for meet.school.example. The next pages start from its settings; Review then shows "
                + "only what you change.", viewModel.headlineProperty().get());
        assertTrue(viewModel.settings().contains("Host accounts: alice, bob"), viewModel.settings().toString());
        assertTrue(viewModel.settings().contains("Days the logs are kept: 7"), viewModel.settings().toString());
        assertEquals("Apr 1, 2026, 8:30 AM: one change, Jitsi Meet 1.0.8100-1".replace(' ', ' '),
                viewModel.runs().get(0).replace('\u202f', ' '));
        assertEquals(2, viewModel.runs().size());
        assertEquals("Installed now: Jitsi Meet 1.0.8100-1", viewModel.installedProperty().get());
        assertTrue(viewModel.differences().isEmpty(), "nothing saved on this computer");
    }

    @Test
    void aSavedProfileThatDiffersIsPointedOutAndTheServersWinsUnlessChosen() throws IOException {
        SavedProfiles saved = new SavedProfiles(dir);
        Profile here = ServerRecords.school().withLogging(new Profile.Logging(30, Profile.AccessLog.OFF));
        saved.save(here);
        onServer.set(ServerRecords.byOwnMeet(ServerRecords.school()));
        SummaryViewModel viewModel = viewModel(saved);
        viewModel.onShown();

        assertEquals(List.of("Days the logs are kept: 30 on this computer, 7 on the server"), viewModel.differences());
        assertEquals(7, session.profile().logging().retentionDays(), "the server's wins");
        viewModel.useSavedProperty().set(true);
        assertEquals(30, session.profile().logging().retentionDays());
        viewModel.useSavedProperty().set(false);
        assertEquals(7, session.profile().logging().retentionDays());
    }

    @Test
    void jitsiInstalledByHandIsRecognisedAndWhatWouldBeTakenOverIsSaid() {
        onServer.set(ServerRecords.byHand("meet.byhand.example", List.of("carla")));
        SummaryViewModel viewModel = viewModel(new SavedProfiles(dir));
        viewModel.onShown();

        assertEquals(State.BY_HAND, viewModel.stateProperty().get());
        assertTrue(viewModel.canManage());
        assertEquals("Jitsi Meet is installed on this server for meet.byhand.example, but not by OwnMeet.", viewModel.headlineProperty().get());
        assertEquals("meet.byhand.example", session.profile().domain());
        assertEquals(List.of(new Profile.HostAccount("carla")), session.profile().hostAccounts(), "the accounts there are kept");
        assertTrue(viewModel.takenOver().contains("Logs without visitors' addresses, deleted after the days you chose"),
                viewModel.takenOver().toString());
        assertFalse(viewModel.takenOver().contains("Install Jitsi Meet"), "the packages are there already");
    }

    @Test
    void aServerWithNothingToManageOffersTheSetUp() {
        onServer.set(ServerRecords.fresh());
        SummaryViewModel viewModel = viewModel(new SavedProfiles(dir));
        session.startChoiceProperty().set(StartChoice.MANAGE_SERVER);
        viewModel.onShown();
        assertEquals(State.NOTHING, viewModel.stateProperty().get());
        assertFalse(viewModel.canManage());
        viewModel.setUpInstead();
        assertEquals(StartChoice.NEW_SERVER, session.startChoiceProperty().get());
    }

    @Test
    void withoutAConnectionThePageSaysSo() {
        SummaryViewModel viewModel = new SummaryViewModel(session, EngineWork.direct(), StepTests.english(), new SavedProfiles(dir));
        viewModel.onShown();
        assertEquals(State.FAILED, viewModel.stateProperty().get());
        assertFalse(viewModel.canManage());
        assertTrue(viewModel.headlineProperty().get().contains("not connected"), viewModel.headlineProperty().get());
    }
}
