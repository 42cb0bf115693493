package org.ownmeet.steps.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.ServerFacts;
import org.ownmeet.installers.profile.Profile.MeetingSize;
import org.ownmeet.installers.session.Preflight;
import org.ownmeet.installers.tuning.Requirements;
import org.ownmeet.installers.tuning.TuningTable;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;

class MeetingViewModelTest {
    private final WizardSession session = StepTests.session();
    private final MeetingViewModel viewModel = new MeetingViewModel(session, StepTests.english());

    static Preflight server(int cores, long memoryMegabytes) {
        return new Preflight("Debian GNU/Linux 12 (bookworm)", true, null, cores, memoryMegabytes, 20000, List.of("203.0.113.7"),
                false, false, null);
    }

    @Test
    void aSmallServerForAHundredPeopleGetsTheEnginesWarningAndTheChartSaysWhy() {
        session.preflightProperty().set(server(2, 2048));
        viewModel.sizeProperty().set(MeetingSize.UP_TO_100);

        String engine = Requirements.warning(new ServerFacts(2, 2048, List.of(), Set.of()), TuningTable.of(MeetingSize.UP_TO_100))
                .orElseThrow();
        assertEquals(engine, viewModel.warningProperty().get());
        assertTrue(engine.startsWith("This server has 2 processor cores and 2 GB of memory"), engine);
        assertEquals(new ServerFit(8, 16, 2, 2048, false, false), viewModel.fitProperty().get());
        assertEquals(2.0, viewModel.fitProperty().get().hasMemoryGb());
        assertTrue(viewModel.validProperty().get(), "a small server is a warning, not a stop");
        assertEquals(MeetingSize.UP_TO_100, session.profile().meetingSize());
    }

    @Test
    void aBigEnoughServerHasNoWarning() {
        session.preflightProperty().set(server(4, 7957));
        assertEquals(MeetingSize.UP_TO_25, viewModel.sizeProperty().get());
        assertEquals("", viewModel.warningProperty().get());
        assertEquals(new ServerFit(4, 8, 4, 7957, true, true), viewModel.fitProperty().get());
        viewModel.sizeProperty().set(MeetingSize.UP_TO_10);
        assertEquals(new ServerFit(2, 4, 4, 7957, true, true), viewModel.fitProperty().get());
    }

    @Test
    void withoutThePreflightTheChartShowsOnlyWhatIsNeeded() {
        ServerFit fit = viewModel.fitProperty().get();
        assertFalse(fit.checked());
        assertEquals(4, fit.neededCores());
        assertEquals(8, fit.neededMemoryGb());
        assertEquals("", viewModel.warningProperty().get());
    }

    @Test
    void eachSizeSaysWhatOwnMeetSetsFromTheEnginesTable() {
        assertEquals("Microphones off for everyone who joins after the first 10, cameras off after the first 10; everyone sees every"
                + " video; cameras at 720p.", viewModel.tunes(MeetingSize.UP_TO_10));
        assertEquals("Microphones off for everyone who joins after the first 5, cameras off after the first 5; each sees at most"
                + " 20 videos; cameras at 360p; only the loudest voices are passed on; higher limits for the meeting services.",
                viewModel.tunes(MeetingSize.UP_TO_100));
        assertEquals("Needs at least 8 processor cores and 16 GB of memory.", viewModel.needs(MeetingSize.MORE_THAN_100));
        assertEquals("Up to _10 people", viewModel.name(MeetingSize.UP_TO_10));
    }
}
