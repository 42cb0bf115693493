package org.ownmeet.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.profile.store.SavedProfiles;
import org.ownmeet.steps.api.WizardStep;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.summary.ServerRecords;
import org.ownmeet.steps.welcome.StartChoice;
import org.ownmeet.steps.work.EngineWork;

/** The start choice picks the steps; a new draft has them made anew; the start screen stays the same page. */
class FlowSwitchTest {
    @TempDir
    Path dir;

    @Test
    void theChoiceAndANewDraftSwitchTheFlow() {
        WizardSession session = StepTests.session();
        FlowSwitch flow = new FlowSwitch(session, EngineWork.direct(), StepTests.english(),
                WizardServices.system().withSavedProfiles(new SavedProfiles(dir)));
        List<List<WizardStep>> switched = new ArrayList<>();
        flow.onSwitch(switched::add);
        assertEquals(Flows.SETUP, ids(flow.steps()));

        session.startChoiceProperty().set(StartChoice.MANAGE_SERVER);
        assertEquals(1, switched.size());
        assertEquals(Flows.MANAGE, ids(switched.get(0)));
        assertSame(flow.steps().get(0), switched.get(0).get(0), "the start screen is kept");

        session.replaceDraft(ServerRecords.school());
        assertEquals(2, switched.size(), "the editing steps are made anew from the new draft");

        session.startChoiceProperty().set(StartChoice.CHANGE_PASSWORD);
        assertEquals(List.of("welcome", "password"), ids(switched.get(2)), "a host's own password: the start screen and the change");

        flow.stop();
        session.startChoiceProperty().set(StartChoice.NEW_SERVER);
        assertEquals(3, switched.size(), "a stopped switch no longer follows");
    }

    private static List<String> ids(List<WizardStep> steps) {
        return steps.stream().map(WizardStep::id).toList();
    }
}
