package org.ownmeet.steps.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.summary.ServerRecords;

/** A host whose account is on the server leaves the list only when the user confirmed it; then, and only then, the engine may delete it. */
class HostRemovalsTest {
    private final WizardSession session = StepTests.session(ServerRecords.school());
    private final AccountsViewModel viewModel;

    HostRemovalsTest() {
        session.recordProperty().set(ServerRecords.byOwnMeet(ServerRecords.school()));
        viewModel = new AccountsViewModel(session, StepTests.english());
        viewModel.activate();
    }

    @Test
    void aHostOnTheServerIsRemovedOnlyAfterTheConfirmationNamingTheAccount() {
        HostRemovals removals = viewModel.removals();
        assertTrue(removals.serverHasHostsProperty().get(), "the page says the hosts' own passwords are never reset");
        viewModel.remove(1);
        assertEquals("bob", removals.pendingProperty().get());
        assertEquals("bob@meet.school.example", removals.pendingAccount());
        assertEquals(List.of("alice", "bob"), viewModel.hosts(), "asked, not yet removed");
        assertTrue(session.confirmedRemovals().isEmpty());

        removals.confirm();
        assertEquals(List.of("alice"), viewModel.hosts());
        assertEquals(List.of(new Profile.HostAccount("alice")), session.profile().hostAccounts());
        assertEquals(Set.of("bob"), session.confirmedRemovals());
        assertEquals("", removals.pendingProperty().get());
    }

    @Test
    void keepingTheHostChangesNothing() {
        viewModel.remove(0);
        viewModel.removals().keep();
        assertEquals(List.of("alice", "bob"), viewModel.hosts());
        assertTrue(session.confirmedRemovals().isEmpty());
    }

    @Test
    void aHostNotYetOnTheServerGoesAtOnceAndAHostAddedBackIsNoLongerDeleted() {
        viewModel.newNameProperty().set("carol");
        viewModel.add();
        viewModel.remove(2);
        assertEquals(List.of("alice", "bob"), viewModel.hosts(), "carol was never on the server: nothing to ask");
        assertEquals("", viewModel.removals().pendingProperty().get());

        viewModel.remove(1);
        viewModel.removals().confirm();
        viewModel.newNameProperty().set("bob");
        viewModel.add();
        assertTrue(session.confirmedRemovals().isEmpty(), "bob is back on the list: his account stays");
    }

    @Test
    void theConfirmedRemovalsReachTheEnginesOptionsAndANewDraftForgetsThem() {
        viewModel.remove(1);
        viewModel.removals().confirm();
        assertEquals(Set.of("bob"), ApplyOptions.defaults().withConfirmedRemovals(Set.copyOf(session.confirmedRemovals())).confirmedRemovals());
        session.replaceDraft(ServerRecords.school());
        assertTrue(session.confirmedRemovals().isEmpty());
    }

    @Test
    void settingUpANewServerAsksNothing() {
        WizardSession fresh = StepTests.session(ServerRecords.school());
        AccountsViewModel setUp = new AccountsViewModel(fresh, StepTests.english());
        assertFalse(setUp.removals().serverHasHostsProperty().get());
        setUp.remove(1);
        assertEquals(List.of("alice"), setUp.hosts());
    }
}
