package org.ownmeet.steps.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.password.PasswordChangeForm;
import org.ownmeet.installers.password.problem.MeetingServerUnreachableProblem;
import org.ownmeet.installers.password.problem.WrongCurrentPasswordProblem;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.web.HttpsServer;
import org.ownmeet.installers.web.ServerTrust;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.work.EngineWork;

class PasswordChangeViewModelTest {
    private final List<String> calls = new ArrayList<>();
    private final List<Secret> given = new ArrayList<>();
    private PasswordChanger changer = this::record;
    private final PasswordChangeViewModel viewModel = new PasswordChangeViewModel(StepTests.english(), EngineWork.direct(),
            domain -> HttpsServer.of(domain, ServerTrust.system()), (server, user, current, next) -> changer.change(server, user,
            current, next));

    private void record(HttpsServer server, String user, Secret current, Secret next) {
        char[] old = current.chars();
        char[] now = next.chars();
        calls.add(server.domain() + " " + user + " " + new String(old) + " -> " + new String(now));
        given.add(current);
        given.add(next);
    }

    private void fill(String newPassword) {
        viewModel.domainProperty().set("Meet.Example.org");
        viewModel.userProperty().set("Alice");
        viewModel.currentProperty().set("Kx7-one-time-Pw9");
        viewModel.newPasswordProperty().set(newPassword);
        viewModel.repeatProperty().set(newPassword);
    }

    @Test
    void nothingIsSaidBeforeAFieldIsUsedAndChangeShowsEveryFieldsProblem() {
        for (String field : PasswordChangeViewModel.FIELDS) {
            assertEquals("", viewModel.errorProperty(field).get(), field);
        }
        assertFalse(viewModel.validProperty().get());
        viewModel.change();
        assertTrue(calls.isEmpty(), "an invalid form sends nothing");
        assertEquals("Type the web address of your meeting server, such as meet.example.org.",
                viewModel.errorProperty(PasswordChangeForm.DOMAIN).get());
        assertEquals("Missing. Type the user name you log in with, such as anna.",
                viewModel.errorProperty(PasswordChangeForm.USER).get());
        assertEquals("Missing. Choose a password of at least 12 characters.", viewModel.errorProperty(PasswordChangeForm.NEW).get());
    }

    @Test
    void theStrengthFollowsTheNewPasswordAsItIsTyped() {
        assertEquals(-1, viewModel.scoreProperty().get());
        assertEquals("", viewModel.strengthProperty().get());
        viewModel.userProperty().set("alice");
        viewModel.newPasswordProperty().set("alice1");
        assertTrue(viewModel.scoreProperty().get() <= 1);
        assertTrue(List.of("Very weak", "Weak").contains(viewModel.strengthProperty().get()));
        assertEquals("Too short: at least 12 characters, 6 so far. Contains your user name, which anyone can guess.",
                viewModel.errorProperty(PasswordChangeForm.NEW).get(), "every rule that fails is said at the field");
        viewModel.newPasswordProperty().set("violet tractor honey lamp");
        assertTrue(viewModel.scoreProperty().get() >= 3);
        assertTrue(List.of("Strong", "Very strong").contains(viewModel.strengthProperty().get()));
        assertEquals("", viewModel.errorProperty(PasswordChangeForm.NEW).get());
    }

    @Test
    void aGoodFormIsChangedWithTheNamesAsTheServerKnowsThemAndThePasswordsAreWipedAndForgotten() {
        fill("violet tractor honey lamp");
        assertTrue(viewModel.validProperty().get());
        viewModel.change();
        assertEquals(List.of("meet.example.org alice Kx7-one-time-Pw9 -> violet tractor honey lamp"), calls);
        assertEquals(ChangeOutcome.CHANGED, viewModel.outcomeProperty().get());
        assertEquals("Your password is changed. From now on log in as alice@meet.example.org with your new password; the old "
                + "one no longer works.", viewModel.messageProperty().get());
        for (Secret secret : given) {
            assertThrows(IllegalStateException.class, secret::chars, "wiped after the change");
        }
        assertEquals("", viewModel.currentProperty().get());
        assertEquals("", viewModel.newPasswordProperty().get());
        assertEquals("", viewModel.repeatProperty().get());
        assertEquals("", viewModel.errorProperty(PasswordChangeForm.NEW).get(), "emptied fields are not blamed");
        assertEquals("meet.example.org", viewModel.domainProperty().get().toLowerCase());
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void aRefusedPasswordIsSaidInPlainWordsAndTheFormStays() {
        changer = (server, user, current, next) -> {
            given.add(current);
            throw new WrongCurrentPasswordProblem(user, server.domain(), "SASL not-authorized");
        };
        fill("violet tractor honey lamp");
        viewModel.change();
        assertEquals(ChangeOutcome.FAILED, viewModel.outcomeProperty().get());
        assertEquals("The server refused the current password of alice@meet.example.org. Check it and type it again (mind "
                + "capital letters).", viewModel.messageProperty().get());
        assertEquals("Kx7-one-time-Pw9", viewModel.currentProperty().get(), "kept, to be corrected");
        assertThrows(IllegalStateException.class, given.get(0)::chars, "wiped after a failure too");
    }

    @Test
    void anUnreachableServerIsSaidInTheChosenLanguage() {
        PasswordChangeViewModel german = new PasswordChangeViewModel(org.ownmeet.steps.api.Texts.forLocale(java.util.Locale.GERMAN),
                EngineWork.direct(), domain -> HttpsServer.of(domain, ServerTrust.system()), (server, user, current, next) -> {
                    throw new MeetingServerUnreachableProblem(server.domain(), "refused");
                });
        german.domainProperty().set("meet.example.org");
        german.userProperty().set("alice");
        german.currentProperty().set("Kx7-one-time-Pw9");
        german.newPasswordProperty().set("violet tractor honey lamp");
        german.repeatProperty().set("violet tractor honey lamp");
        german.change();
        assertEquals("OwnMeet erreicht meet.example.org nicht. Prüfen Sie die Adresse und die Internetverbindung dieses "
                + "Computers und versuchen Sie es dann noch einmal.", german.messageProperty().get());
    }

    @Test
    void aRepeatThatDiffersStopsTheChange() {
        fill("violet tractor honey lamp");
        viewModel.repeatProperty().set("violet tractor honey lam");
        viewModel.change();
        assertTrue(calls.isEmpty());
        assertEquals("Not the same as the new password; type it again.", viewModel.errorProperty(PasswordChangeForm.REPEAT).get());
    }
}
