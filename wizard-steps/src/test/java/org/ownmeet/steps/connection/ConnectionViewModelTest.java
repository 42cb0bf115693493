package org.ownmeet.steps.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.Profile.Server;
import org.ownmeet.installers.ssh.SshLogin;
import org.ownmeet.installers.ssh.hostkey.HostKey;
import org.ownmeet.installers.ssh.problem.HostKeyChangedProblem;
import org.ownmeet.installers.ssh.problem.KeyNeedsPassphraseProblem;
import org.ownmeet.installers.ssh.problem.UnknownHostProblem;
import org.ownmeet.installers.ssh.problem.WrongPasswordProblem;
import org.ownmeet.installers.ssh.problem.WrongSudoPasswordProblem;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.connection.ConnectionFakes.FakeServer;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

class ConnectionViewModelTest {
    private final Texts texts = StepTests.english();
    private final WizardSession session = StepTests.session();
    private final FakeServer server = new FakeServer();
    private final List<String> asked = new ArrayList<>();
    private boolean trust = true;
    private final ConnectionViewModel viewModel = new ConnectionViewModel(session, EngineWork.direct(), texts, server,
            this::ask, Optional.empty());

    private boolean ask(String host, HostKey key) {
        asked.add(host + " " + key.describe());
        return trust;
    }

    private void type(String host, String user, String password) {
        viewModel.address().hostProperty().set(host);
        viewModel.address().userProperty().set(user);
        viewModel.passwordProperty().set(password);
    }

    private String at(ConnectionField field) {
        return viewModel.messages().at(field).get();
    }

    @Test
    void connectingFillsTheSessionAndTheProfileAndKeepsOnlyWhatTheConnectionNeeds() {
        type("203.0.113.10", "root", "correct horse");
        viewModel.connect();

        assertEquals(List.of("203.0.113.10 " + ConnectionFakes.KEY.describe()), asked);
        assertEquals(new Server("203.0.113.10", 22, "root"), session.profile().server());
        assertEquals(ConnectionFakes.debian(), session.preflightProperty().get());
        assertEquals(ConnectionFakes.debian(), viewModel.preflightProperty().get());
        assertTrue(viewModel.canLeaveProperty().get());
        assertEquals("", viewModel.passwordProperty().get());
        assertFalse(viewModel.busyProperty().get());
        SshLogin.Password login = (SshLogin.Password) server.last.login();
        assertEquals("correct horse", new String(login.password().chars()), "the connection logs in anew with it later");
    }

    @Test
    void aServerOwnMeetSetUpBeforeIsOfferedForManagingInstead() {
        server.preflight = new org.ownmeet.installers.session.Preflight("Debian GNU/Linux 12 (bookworm)", true, null, 4, 8192, 40960,
                List.of("203.0.113.10"), true, true, "meet.school.example");
        type("203.0.113.10", "root", "correct horse");
        viewModel.connect();
        assertTrue(viewModel.offersManaging());
        viewModel.manageInstead();
        assertEquals(org.ownmeet.steps.welcome.StartChoice.MANAGE_SERVER, session.startChoiceProperty().get());
        assertFalse(viewModel.offersManaging(), "managing already");
    }

    @Test
    void aFreshServerIsNotOfferedForManaging() {
        type("203.0.113.10", "root", "correct horse");
        viewModel.connect();
        assertFalse(viewModel.offersManaging());
    }

    @Test
    void aWrongPasswordIsSaidAtThePasswordFieldWithTheDetailForIt() {
        server.failure = login -> new WrongPasswordProblem("root", "203.0.113.10", null);
        type("203.0.113.10", "root", "wrong");
        viewModel.connect();

        assertTrue(at(ConnectionField.PASSWORD).startsWith("The server did not accept the password"), at(ConnectionField.PASSWORD));
        assertEquals("", at(ConnectionField.HOST));
        assertTrue(viewModel.messages().detailProperty().get().startsWith("For IT: password authentication of root@"));
        assertEquals(ConnectionField.PASSWORD, viewModel.messages().focusProperty().get());
        assertEquals("", viewModel.passwordProperty().get(), "a wrong password is typed anew");
        assertFalse(viewModel.canLeaveProperty().get());
        SshLogin.Password login = (SshLogin.Password) server.last.login();
        assertThrows(IllegalStateException.class, login.password()::chars, "a failed attempt's secret is wiped");

        viewModel.passwordProperty().set("r");
        assertEquals("", at(ConnectionField.PASSWORD), "typing again clears the message");
    }

    @Test
    void anUnknownHostIsSaidAtTheHostField() {
        server.failure = login -> new UnknownHostProblem("meet.example.invalid", null);
        type("meet.example.invalid", "root", "secret");
        viewModel.connect();

        assertTrue(at(ConnectionField.HOST).contains("cannot find a server called \"meet.example.invalid\""), at(ConnectionField.HOST));
        assertEquals(ConnectionField.HOST, viewModel.messages().focusProperty().get());
        assertEquals("secret", viewModel.passwordProperty().get(), "the password was not the problem");
    }

    @Test
    void refusingTheKeyStaysDisconnectedAndPinsNothing() {
        trust = false;
        type("203.0.113.10", "root", "secret");
        viewModel.connect();

        assertEquals(texts.get("connection.refused"), at(ConnectionField.HOST));
        assertNull(viewModel.connectedToProperty().get());
        assertNull(session.preflightProperty().get());
        assertFalse(viewModel.canLeaveProperty().get());
        assertTrue(session.knownHosts().pinned("203.0.113.10", 22).isEmpty());
    }

    @Test
    void aChangedKeyStopsAndOffersOnlyAnotherServer() {
        server.failure = login -> new HostKeyChangedProblem("203.0.113.10", 22, List.of(ConnectionFakes.KEY),
                new HostKey("ssh-ed25519", "AAAAC3NzaC1lZDI1NTE5AAAAIBBBBkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"));
        type("203.0.113.10", "root", "secret");
        viewModel.connect();

        assertNotNull(viewModel.changedKeyProperty().get());
        assertFalse(viewModel.canLeaveProperty().get());
        viewModel.connect();
        assertEquals(1, server.calls, "no second try at that server from the stop screen");

        viewModel.chooseAnotherServer();
        assertNull(viewModel.changedKeyProperty().get());
        assertEquals("", viewModel.address().hostProperty().get());
    }

    @Test
    void aKeyWithAPassphraseRevealsThePassphraseFieldThenConnects() {
        server.failure = login -> login.login() instanceof SshLogin.KeyFile key && key.passphrase() == null
                ? new KeyNeedsPassphraseProblem(key.file(), null) : null;
        viewModel.address().hostProperty().set("203.0.113.10");
        viewModel.address().userProperty().set("debian");
        viewModel.methodProperty().set(LoginMethod.KEY_FILE);
        viewModel.keyFileProperty().set("/home/teacher/.ssh/id_ed25519");
        assertFalse(viewModel.passphraseShownProperty().get());
        viewModel.connect();

        assertTrue(viewModel.passphraseShownProperty().get());
        assertEquals(ConnectionField.PASSPHRASE, viewModel.messages().focusProperty().get());
        assertTrue(at(ConnectionField.PASSPHRASE).contains("protected by a passphrase"));

        viewModel.passphraseProperty().set("open sesame");
        viewModel.connect();
        SshLogin.KeyFile login = (SshLogin.KeyFile) server.last.login();
        assertEquals(Path.of("/home/teacher/.ssh/id_ed25519"), login.file());
        assertEquals("open sesame", new String(login.passphrase().chars()));
        assertTrue(viewModel.canLeaveProperty().get());

        viewModel.keyFileProperty().set("/home/teacher/.ssh/id_rsa");
        assertFalse(viewModel.passphraseShownProperty().get(), "another key is asked about anew");
    }

    @Test
    void anUnsupportedSystemBlocksNextAndSaysWhy() {
        server.preflight = ConnectionFakes.centos();
        type("203.0.113.10", "root", "secret");
        viewModel.connect();

        assertNotNull(viewModel.connectedToProperty().get());
        assertFalse(viewModel.canLeaveProperty().get());
        String system = new PreflightSummary(viewModel.preflightProperty().get(), texts).system();
        assertEquals("CentOS Stream 9: not supported. OwnMeet sets up Debian 12 or 13 and Ubuntu 22.04 or 24.04; this server "
                + "runs CentOS Stream 9.", system);
        assertEquals("CentOS Stream 9: nicht unterstützt. OwnMeet richtet Debian 12 oder 13 und Ubuntu 22.04 oder 24.04 ein; "
                + "dieser Server läuft mit CentOS Stream 9.", new PreflightSummary(viewModel.preflightProperty().get(),
                Texts.forLocale(Locale.GERMAN)).system(), "the engine's reason in the user's language");
    }

    @Test
    void editingTheAddressAfterConnectingMeansConnectingAgain() {
        type("203.0.113.10", "root", "secret");
        viewModel.connect();
        SshLogin.Password login = (SshLogin.Password) server.last.login();
        assertTrue(viewModel.canLeaveProperty().get());

        viewModel.address().userProperty().set("debian");
        assertFalse(viewModel.canLeaveProperty().get());
        assertNull(viewModel.preflightProperty().get());
        assertThrows(IllegalStateException.class, login.password()::chars, "the dropped connection's secrets are wiped");
    }

    @Test
    void thePortTakesOnlyDigitsAndSaysSo() {
        assertFalse(viewModel.address().acceptsPort("22a"));
        assertEquals(texts.get("connection.port.digits"), at(ConnectionField.PORT));
        assertTrue(viewModel.address().acceptsPort("2222"));
        viewModel.address().portProperty().set("2222");
        assertEquals("", at(ConnectionField.PORT));
        assertEquals(2222, session.profile().server().port());

        viewModel.address().portProperty().set("99999");
        assertTrue(at(ConnectionField.PORT).contains("65535"), "the engine's rule: " + at(ConnectionField.PORT));
    }

    @Test
    void connectWithoutAPasswordAsksForItAndWithoutAnAddressShowsTheEnginesRule() {
        viewModel.connect();
        assertFalse(at(ConnectionField.HOST).isEmpty());
        assertEquals(0, server.calls);

        type("203.0.113.10", "root", "");
        viewModel.connect();
        assertEquals(texts.get("connection.password.missing"), at(ConnectionField.PASSWORD));
        assertEquals(0, server.calls);
    }

    @Test
    void aWrongSudoPasswordRevealsTheSudoField() {
        server.failure = login -> new WrongSudoPasswordProblem("debian", "Sorry, try again.");
        type("203.0.113.10", "debian", "secret");
        viewModel.connect();

        assertTrue(viewModel.sudoDiffersProperty().get());
        assertTrue(at(ConnectionField.SUDO_PASSWORD).contains("administrator commands (sudo)"));
        assertEquals(ConnectionField.SUDO_PASSWORD, viewModel.messages().focusProperty().get());

        viewModel.sudoPasswordProperty().set("other");
        server.failure = login -> null;
        viewModel.connect();
        assertEquals("other", new String(server.last.sudoPassword().chars()));
    }
}
