package org.ownmeet.steps.done;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.ApplyContext.HostCredential;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;

class DoneViewModelTest {
    private final WizardSession session = DoneFixtures.session(false);
    private final DoneViewModel viewModel = new DoneViewModel(session, StepTests.english());

    @Test
    void failedChecksAreSummedUpOnTopWithWhatToDo() {
        session.reportProperty().set(DoneFixtures.twoFailed());
        assertEquals(Outcome.SOME_FAILED, viewModel.outcomeProperty().get());
        assertEquals("2 checks failed: The certificate renews itself; The firewall is on and lets in SSH and the meetings",
                viewModel.summaryProperty().get());
        assertTrue(viewModel.whatToDoProperty().get().contains("run OwnMeet again"));
        assertEquals(4, viewModel.checks().size());
        CheckRow renewal = viewModel.checks().get(1);
        assertEquals(new CheckRow("certificate-renewal", false, "The certificate renews itself",
                "The certificate will not renew itself.", "certbot.timer inactive"), renewal);
        assertEquals(new CheckRow("host-login", true, "Hosts can log in", "", "logged in over BOSH"), viewModel.checks().get(2));
    }

    @Test
    void allPassedAndNotCheckedAreSaidPlainly() {
        assertEquals(Outcome.NOT_CHECKED, viewModel.outcomeProperty().get());
        assertTrue(viewModel.summaryProperty().get().contains("have not run"));
        session.reportProperty().set(DoneFixtures.allPassed());
        assertEquals(Outcome.ALL_PASSED, viewModel.outcomeProperty().get());
        assertEquals("All 3 checks passed: your meeting server works as it should.", viewModel.summaryProperty().get());
        assertEquals("", viewModel.whatToDoProperty().get());
    }

    @Test
    void theAddressesAreTheVerifiedDomains() {
        session.reportProperty().set(DoneFixtures.allPassed());
        assertEquals("https://meet.example.org/", viewModel.meetingAddress());
        assertEquals("https://meet.example.org/ownmeet/privacy-notice.html", viewModel.privacyNoticeAddress());
    }

    @Test
    void beforeTheReportTheProfilesDomainIsUsedInAscii() {
        session.update(p -> p.withDomain("meet.schüle.de"));
        viewModel.refresh();
        assertEquals("https://meet.xn--schle-mva.de/", viewModel.meetingAddress());
    }

    @Test
    void thePasswordsAreShownUntilCloseAndThenWiped() {
        HostCredential anna = DoneFixtures.host("anna", "Kx7-pq2-Lm9");
        session.reportProperty().set(DoneFixtures.allPassed());
        session.appliedProperty().set(DoneFixtures.withHosts(anna));
        assertEquals(List.of(anna), viewModel.newHosts());
        assertEquals("anna@meet.example.org", viewModel.login(anna));
        assertEquals("Kx7-pq2-Lm9", viewModel.passwordText(anna));

        List<List<HostCredential>> toldBefore = new ArrayList<>();
        viewModel.beforeWipe(hosts -> {
            assertEquals("Kx7-pq2-Lm9", viewModel.passwordText(hosts.get(0)), "still readable just before the wipe");
            toldBefore.add(hosts);
        });
        viewModel.close();
        assertEquals(List.of(List.of(anna)), toldBefore);
        assertTrue(viewModel.newHosts().isEmpty());
        assertThrows(IllegalStateException.class, () -> anna.oneTimePassword().chars());
        viewModel.refresh();
        assertTrue(viewModel.newHosts().isEmpty(), "a wiped password is never shown again");
    }

    @Test
    void hostsAreToldOnlyWhatIsTrueAboutChangingTheirPassword() {
        session.reportProperty().set(DoneFixtures.allPassed());
        assertTrue(viewModel.hostInstructions().startsWith("Go to https://meet.example.org/, start a meeting"));
        assertTrue(viewModel.hostInstructions().endsWith("password page of your server, https://meet.example.org/ownmeet/password/."),
                viewModel.hostInstructions());
        WizardSession withApps = DoneFixtures.session(true);
        withApps.reportProperty().set(DoneFixtures.allPassed());
        String instructions = new DoneViewModel(withApps, StepTests.english()).hostInstructions();
        assertTrue(instructions.contains("chat app for XMPP"), instructions);
        assertTrue(instructions.contains("logged in to meet.example.org"), instructions);
    }
}
