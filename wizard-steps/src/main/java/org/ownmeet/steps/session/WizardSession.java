package org.ownmeet.steps.session;

import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.engine.Plan;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.session.AppliedRecord;
import org.ownmeet.installers.session.Preflight;
import org.ownmeet.installers.session.ServerSession;
import org.ownmeet.installers.ssh.hostkey.KnownHosts;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.steps.welcome.StartChoice;

/**
 * What the steps of one pass through the wizard share: the profile being drafted, the open server
 * connection, and what the engine found and did. Read and changed on the UI thread only (background
 * work hands its results back there). Holds no secret: the connection keeps the login it needs.
 */
public final class WizardSession implements AutoCloseable {
    private final KnownHosts knownHosts;
    private final ObjectProperty<Profile> profile;
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language", Locale.ENGLISH);
    private final ObjectProperty<ServerSession> server = new SimpleObjectProperty<>(this, "server");
    private final ObjectProperty<Preflight> preflight = new SimpleObjectProperty<>(this, "preflight");
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObjectProperty<ApplyResult> applied = new SimpleObjectProperty<>(this, "applied");
    private final ObjectProperty<VerificationReport> report = new SimpleObjectProperty<>(this, "report");
    private final ObjectProperty<StartChoice> startChoice = new SimpleObjectProperty<>(this, "startChoice", StartChoice.NEW_SERVER);
    private final ObjectProperty<AppliedRecord> record = new SimpleObjectProperty<>(this, "record");
    private final ObservableSet<String> confirmedRemovals = FXCollections.observableSet();
    private final BooleanProperty upgradeJitsi = new SimpleBooleanProperty(this, "upgradeJitsi");
    private final ReadOnlyIntegerWrapper draftReplaced = new ReadOnlyIntegerWrapper(this, "draftReplaced");

    public WizardSession(Profile start, KnownHosts knownHosts) {
        this.profile = new SimpleObjectProperty<>(this, "profile", Objects.requireNonNull(start));
        this.knownHosts = Objects.requireNonNull(knownHosts);
    }

    /** The wizard's language; the window shows every page anew when it changes (only on the start screen). */
    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public KnownHosts knownHosts() {
        return knownHosts;
    }

    public Profile profile() {
        return profile.get();
    }

    /** The draft so far; every step edits its part through {@link #update}. */
    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return profile;
    }

    public void update(UnaryOperator<Profile> change) {
        profile.set(change.apply(profile.get()));
    }

    /** The open connection, set by the connection step; a new one closes the one before. */
    public ObjectProperty<ServerSession> serverProperty() {
        return server;
    }

    public ServerSession server() {
        return server.get();
    }

    public void connected(ServerSession session, Preflight found) {
        ServerSession before = server.get();
        if (before != null && before != session) {
            before.close();
        }
        server.set(session);
        preflight.set(found);
    }

    public ObjectProperty<Preflight> preflightProperty() {
        return preflight;
    }

    public ObjectProperty<Plan> planProperty() {
        return plan;
    }

    public ObjectProperty<ApplyResult> appliedProperty() {
        return applied;
    }

    public ObjectProperty<VerificationReport> reportProperty() {
        return report;
    }

    /** What the user came to do (the start screen's choice): it decides the steps that follow. */
    public ObjectProperty<StartChoice> startChoiceProperty() {
        return startChoice;
    }

    /** What the server holds (OwnMeet's record, its hosts, Jitsi's domain), once read for managing it. */
    public ObjectProperty<AppliedRecord> recordProperty() {
        return record;
    }

    /** Host accounts the user confirmed may be deleted from the server (the engine deletes no other). */
    public ObservableSet<String> confirmedRemovals() {
        return confirmedRemovals;
    }

    /** The user chose to upgrade the Jitsi packages in this run ({@code apply --upgrade-jitsi} on the command line). */
    public BooleanProperty upgradeJitsiProperty() {
        return upgradeJitsi;
    }

    /**
     * Puts a whole other profile in place of the draft (a saved one, or the one the server holds), as
     * opposed to a step editing its part: the steps that edit the draft are then made anew from it.
     */
    public void replaceDraft(Profile replacement) {
        profile.set(Objects.requireNonNull(replacement));
        confirmedRemovals.clear();
        draftReplaced.set(draftReplaced.get() + 1);
    }

    /** Counts {@link #replaceDraft} calls; the flow listens to make its editing steps anew. */
    public ReadOnlyIntegerProperty draftReplacedProperty() {
        return draftReplaced.getReadOnlyProperty();
    }

    /** Ends the connection (and with it the login secrets it keeps). */
    @Override
    public void close() {
        ServerSession open = server.get();
        server.set(null);
        if (open != null) {
            open.close();
        }
    }
}
