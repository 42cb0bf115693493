package org.ownmeet.steps.connection;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.Profile.Server;
import org.ownmeet.installers.session.Preflight;
import org.ownmeet.installers.session.ServerLogin;
import org.ownmeet.installers.session.ServerSession;
import org.ownmeet.installers.ssh.SshLogin;
import org.ownmeet.installers.ssh.SshTarget;
import org.ownmeet.installers.ssh.problem.HostKeyChangedProblem;
import org.ownmeet.installers.ssh.problem.HostKeyNotTrustedProblem;
import org.ownmeet.installers.ssh.problem.WrongKeyPassphraseProblem;
import org.ownmeet.installers.ssh.problem.WrongPasswordProblem;
import org.ownmeet.installers.ssh.problem.WrongSudoPasswordProblem;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.welcome.StartChoice;
import org.ownmeet.steps.work.EngineWork;

/**
 * Connecting to the server: the address and the login from the fields, "Connect" in the background
 * (the user confirms a new server's key on the way), then what the server is. Each problem the engine
 * reports is said at the field it concerns; a changed host key stops everything.
 */
public final class ConnectionViewModel {
    private final WizardSession session;
    private final EngineWork work;
    private final Texts texts;
    private final ServerConnector connector;
    private final HostKeyQuestion question;
    private final Optional<SshLogin.Agent> agent;
    private final ServerAddressFields address;
    private final ConnectionMessages messages;
    private final ObjectProperty<LoginMethod> method = new SimpleObjectProperty<>(this, "method", LoginMethod.PASSWORD);
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty keyFile = new SimpleStringProperty(this, "keyFile", "");
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final StringProperty sudoPassword = new SimpleStringProperty(this, "sudoPassword", "");
    private final BooleanProperty passphraseShown = new SimpleBooleanProperty(this, "passphraseShown");
    private final BooleanProperty sudoDiffers = new SimpleBooleanProperty(this, "sudoDiffers");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<HostKeyChangedProblem> changedKey = new ReadOnlyObjectWrapper<>(this, "changedKey");
    private final ReadOnlyObjectWrapper<SshTarget> attempt = new ReadOnlyObjectWrapper<>(this, "attempt");
    private final ReadOnlyObjectWrapper<SshTarget> connectedTo = new ReadOnlyObjectWrapper<>(this, "connectedTo");
    private final ReadOnlyObjectWrapper<Preflight> preflight = new ReadOnlyObjectWrapper<>(this, "preflight");
    private final ReadOnlyBooleanWrapper canLeave = new ReadOnlyBooleanWrapper(this, "canLeave");
    private ServerSession ownSession;
    private LoginSecrets held = new LoginSecrets();

    public ConnectionViewModel(WizardSession session, EngineWork work, Texts texts, ServerConnector connector,
                               HostKeyQuestion question) {
        this(session, work, texts, connector, question, SshLogin.Agent.fromEnvironment());
    }

    ConnectionViewModel(WizardSession session, EngineWork work, Texts texts, ServerConnector connector,
                        HostKeyQuestion question, Optional<SshLogin.Agent> agent) {
        this.session = session;
        this.work = work;
        this.texts = texts;
        this.connector = connector;
        this.question = question;
        this.agent = agent;
        this.address = new ServerAddressFields(session, texts);
        this.messages = new ConnectionMessages(texts, address);
        address.hostProperty().addListener((p, before, now) -> addressEdited());
        address.portProperty().addListener((p, before, now) -> addressEdited());
        address.userProperty().addListener((p, before, now) -> addressEdited());
        for (var input : List.of(password, keyFile, passphrase, sudoPassword)) {
            input.addListener((p, before, now) -> messages.forget());
        }
        method.addListener((p, before, now) -> messages.forget());
        keyFile.addListener((p, before, now) -> {
            passphraseShown.set(false); // another key may have none; the engine says so again if it has
            passphrase.set("");
        });
        session.serverProperty().addListener((p, before, now) -> {
            if (now != ownSession) {
                forgetConnection();
            }
        });
        preflight.bind(Bindings.createObjectBinding(() -> connectedTo.get() == null ? null : session.preflightProperty().get(),
                connectedTo, session.preflightProperty()));
        canLeave.bind(Bindings.createBooleanBinding(() -> preflight.get() != null && preflight.get().supported(), preflight));
    }

    /** Connects with what the fields say; the outcome comes back on the UI thread. */
    public void connect() {
        if (busy.get() || changedKey.get() != null) {
            return;
        }
        messages.forget();
        address.validation().showAll();
        if (!address.validation().validProperty().get()) {
            return;
        }
        Optional<ConnectionField> missing = missingLogin();
        if (missing.isPresent()) {
            messages.say(missing.get(), texts.get(missing.get() == ConnectionField.PASSWORD ? "connection.password.missing"
                    : "connection.keyFile.missing"), "");
            return;
        }
        SshTarget target = address.target();
        LoginSecrets secrets = new LoginSecrets();
        ServerLogin login = new ServerLogin(target, login(secrets),
                sudoDiffers.get() && !sudoPassword.get().isEmpty() ? secrets.from(sudoPassword.get()) : null);
        attempt.set(target);
        busy.set(true);
        work.task(() -> connector.connect(login, session.knownHosts(), question::ask))
                .onSuccess(connected -> connected(target, connected, secrets))
                .onProblem(problem -> {
                    secrets.wipe();
                    failed(problem);
                })
                .andFinally(() -> busy.set(false))
                .start();
    }

    private Optional<ConnectionField> missingLogin() {
        return switch (method.get()) {
            case PASSWORD -> password.get().isEmpty() ? Optional.of(ConnectionField.PASSWORD) : Optional.empty();
            case KEY_FILE -> keyFile.get().isBlank() ? Optional.of(ConnectionField.KEY_FILE) : Optional.empty();
            case AGENT -> Optional.empty();
        };
    }

    private SshLogin login(LoginSecrets secrets) {
        return switch (method.get()) {
            case PASSWORD -> new SshLogin.Password(secrets.from(password.get()));
            case KEY_FILE -> new SshLogin.KeyFile(keyPath(),
                    passphraseShown.get() && !passphrase.get().isEmpty() ? secrets.from(passphrase.get()) : null);
            case AGENT -> agent.orElseThrow();
        };
    }

    private Path keyPath() {
        String typed = keyFile.get().strip();
        return typed.startsWith("~/") ? Path.of(System.getProperty("user.home"), typed.substring(2)) : Path.of(typed);
    }

    private void connected(SshTarget target, ServerConnector.Connected connected, LoginSecrets secrets) {
        busy.set(false);
        session.update(profile -> profile.withServer(new Server(target.host(), target.port(), target.user())));
        LoginSecrets before = held;
        held = secrets;
        ownSession = connected.session();
        session.connected(connected.session(), connected.preflight());
        before.wipe();
        connectedTo.set(target);
        password.set("");
        passphrase.set("");
        sudoPassword.set("");
    }

    private void failed(Problem problem) {
        busy.set(false);
        if (problem instanceof HostKeyChangedProblem changed) {
            changedKey.set(changed);
            return;
        }
        ConnectionField field = ConnectionField.of(problem, method.get());
        if (field == ConnectionField.PASSPHRASE) {
            passphraseShown.set(true);
        }
        if (field == ConnectionField.SUDO_PASSWORD) {
            sudoDiffers.set(true);
        }
        if (problem instanceof WrongPasswordProblem && field == ConnectionField.PASSWORD) {
            password.set("");
        } else if (problem instanceof WrongKeyPassphraseProblem) {
            passphrase.set("");
        } else if (problem instanceof WrongSudoPasswordProblem) {
            sudoPassword.set("");
        }
        String message = problem instanceof HostKeyNotTrustedProblem ? texts.get("connection.refused") : texts.problem(problem);
        messages.say(field, message, problem.detail());
    }

    /** Host, port or user changed: a connection made before is to another server now. */
    private void addressEdited() {
        messages.forget();
        if (connectedTo.get() != null) {
            ownSession = null;
            session.connected(null, null);
            forgetConnection();
        }
    }

    private void forgetConnection() {
        ownSession = null;
        connectedTo.set(null);
        held.wipe();
    }

    /** Leaves the stop screen for another server: the address field is emptied so that nothing connects to this one. */
    public void chooseAnotherServer() {
        changedKey.set(null);
        address.hostProperty().set("");
        messages.focus(ConnectionField.HOST);
    }

    public ConnectionMessages messages() {
        return messages;
    }

    public ServerAddressFields address() {
        return address;
    }

    public boolean agentAvailable() {
        return agent.isPresent();
    }

    public ObjectProperty<LoginMethod> methodProperty() {
        return method;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty keyFileProperty() {
        return keyFile;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty sudoPasswordProperty() {
        return sudoPassword;
    }

    /** True once the engine said the key file needs a passphrase. */
    public BooleanProperty passphraseShownProperty() {
        return passphraseShown;
    }

    /** The sudo password differs from the login password (or the server asked for one). */
    public BooleanProperty sudoDiffersProperty() {
        return sudoDiffers;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Set when the server's key differs from the pinned one: the page shows the stop screen. */
    public ReadOnlyObjectProperty<HostKeyChangedProblem> changedKeyProperty() {
        return changedKey.getReadOnlyProperty();
    }

    /** The server of the running or last attempt. */
    public ReadOnlyObjectProperty<SshTarget> attemptProperty() {
        return attempt.getReadOnlyProperty();
    }

    /** The server connected to (the one in the fields), or null. */
    public ReadOnlyObjectProperty<SshTarget> connectedToProperty() {
        return connectedTo.getReadOnlyProperty();
    }

    /** What the server is, while connected to the server in the fields. */
    public ReadOnlyObjectProperty<Preflight> preflightProperty() {
        return preflight.getReadOnlyProperty();
    }

    /** Connected to the server in the fields, and its system is supported. */
    public ReadOnlyBooleanProperty canLeaveProperty() {
        return canLeave.getReadOnlyProperty();
    }

    /**
     * The user chose to set up a new server, but this one has OwnMeet's record or Jitsi Meet: the page
     * offers to manage it instead.
     */
    public boolean offersManaging() {
        Preflight found = preflight.get();
        return found != null && (found.ownMeetRecord() || found.jitsiInstalled())
                && session.startChoiceProperty().get() == StartChoice.NEW_SERVER;
    }

    /** Manage this server instead of setting it up anew: the flow switches to the manage steps, the connection stays. */
    public void manageInstead() {
        session.startChoiceProperty().set(StartChoice.MANAGE_SERVER);
    }

    /** Where OwnMeet keeps the keys of servers the user confirmed (for the stop screen). */
    public Path knownHostsFile() {
        return session.knownHosts().file();
    }
}
