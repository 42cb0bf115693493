package org.ownmeet.steps.done;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.ApplyContext.HostCredential;
import org.ownmeet.steps.FakeEngineRun;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.NotConnectedProblem;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.welcome.StartChoice;
import org.ownmeet.steps.work.EngineWork;

class KeyLoginRunViewModelTest {
    private final WizardSession session = DoneFixtures.session(false);
    private final FakeEngineRun engine = new FakeEngineRun();
    private final HostCredential anna = DoneFixtures.host("anna", "Kx7-pq2-Lm9");
    private boolean withKey = true;
    private final KeyLoginRunViewModel viewModel = new KeyLoginRunViewModel(session, EngineWork.direct(), StepTests.english(),
            () -> engine, () -> withKey);

    KeyLoginRunViewModelTest() {
        session.appliedProperty().set(DoneFixtures.withHosts(anna)); // as Install leaves it
    }

    @Test
    void afterAKeyLoginTheChoiceIsAppliedByTheEngineAndInstallsNewHostsStay() {
        viewModel.onShown();
        assertTrue(viewModel.offer().offeredProperty().get());
        assertEquals("", viewModel.offer().keyNeededProperty().get(), "nothing is said of a key on this page");
        assertFalse(viewModel.canApplyProperty().get(), "the server already has what the box says");

        viewModel.offer().keyLoginsOnlyProperty().set(true);
        assertTrue(session.profile().upkeep().keyLoginsOnly(), "the choice is the draft's, as on the summary");
        assertTrue(viewModel.canApplyProperty().get());
        viewModel.apply();

        assertEquals(1, engine.applyCalls);
        assertTrue(engine.appliedProfile.upkeep().keyLoginsOnly());
        assertEquals(StepTests.english().get("done.keyLogins.off"), viewModel.statusProperty().get());
        assertFalse(viewModel.failedProperty().get());
        assertFalse(viewModel.canApplyProperty().get(), "applied: nothing more to apply");
        assertEquals(List.of(anna), session.appliedProperty().get().newHosts(),
                "the new hosts' passwords are still shown once, and the profile saved anew has the choice");

        viewModel.offer().keyLoginsOnlyProperty().set(false);
        viewModel.apply();
        assertFalse(engine.appliedProfile.upkeep().keyLoginsOnly());
        assertEquals(StepTests.english().get("done.keyLogins.on"), viewModel.statusProperty().get());
    }

    @Test
    void aFailedChangeSaysWhyAndMayBeTriedAgain() {
        engine.apply(listener -> {
            throw new NotConnectedProblem();
        });
        viewModel.onShown();
        viewModel.offer().keyLoginsOnlyProperty().set(true);
        viewModel.apply();

        assertTrue(viewModel.failedProperty().get());
        assertEquals(StepTests.english().problem(new NotConnectedProblem()), viewModel.statusProperty().get());
        assertTrue(viewModel.canApplyProperty().get(), "the server has not got the choice: it may be tried again");
        assertEquals(List.of(anna), session.appliedProperty().get().newHosts());
    }

    @Test
    void notOfferedAfterAPasswordLoginNorWhenManaging() {
        withKey = false;
        viewModel.onShown();
        assertFalse(viewModel.offer().offeredProperty().get());
        assertEquals("", viewModel.offer().keyNeededProperty().get(), "the set-up's end says nothing of it");
        viewModel.offer().keyLoginsOnlyProperty().set(true);
        assertFalse(viewModel.canApplyProperty().get());
        viewModel.apply();
        assertEquals(0, engine.applyCalls);

        withKey = true;
        session.startChoiceProperty().set(StartChoice.MANAGE_SERVER);
        viewModel.onShown();
        assertFalse(viewModel.offer().offeredProperty().get(), "managing, the summary offered it before Review");
    }
}
