package org.ownmeet.steps.summary;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.ownmeet.installers.packages.JitsiVersions;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.session.AppliedRecord;
import org.ownmeet.installers.sshlogin.SshLoginInstaller;
import org.ownmeet.installers.verify.HealthFinding;
import org.ownmeet.installers.verify.HealthFinding.Level;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

/**
 * How the server is kept, beside what it holds: its health (the findings verify reports, each with its
 * level), newer Jitsi packages (installed and offered versions, as the plan's notice names them) with the choice to upgrade them in this run (the same apply option as the
 * command line's {@code --upgrade-jitsi}, kept in the session for Review and Install), and password logins
 * turned off, offered only to a user who logged in with a key.
 */
public final class UpkeepViewModel {

    /** One health finding as shown: its level and its sentence in the wizard's language. */
    public record HealthLine(Level level, String text) {
    }

    private final WizardSession session;
    private final EngineWork work;
    private final Texts texts;
    private final Supplier<UpkeepSource> sources;
    private final ObservableList<HealthLine> health = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper upgradeNotice = new ReadOnlyStringWrapper(this, "upgradeNotice", "");
    private final ObservableList<String> upgradeVersions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper upgradeChoice = new ReadOnlyStringWrapper(this, "upgradeChoice", "");
    private final ReadOnlyBooleanWrapper keyLoginOffered = new ReadOnlyBooleanWrapper(this, "keyLoginOffered");
    private final ReadOnlyStringWrapper keyNeeded = new ReadOnlyStringWrapper(this, "keyNeeded", "");
    private final BooleanProperty keyLoginsOnly = new SimpleBooleanProperty(this, "keyLoginsOnly");

    public UpkeepViewModel(WizardSession session, EngineWork work, Texts texts) {
        this(session, work, texts, () -> UpkeepSource.of(session));
    }

    public UpkeepViewModel(WizardSession session, EngineWork work, Texts texts, Supplier<UpkeepSource> sources) {
        this.session = session;
        this.work = work;
        this.texts = texts;
        this.sources = sources;
        keyLoginsOnly.set(session.profile().upkeep().keyLoginsOnly());
        // the draft may be replaced (the saved profile chosen): the box follows it, and edits it
        session.profileProperty().addListener((property, before, now) -> keyLoginsOnly.set(now.upkeep().keyLoginsOnly()));
        keyLoginsOnly.addListener((property, before, now) -> {
            Profile.Upkeep upkeep = session.profile().upkeep();
            if (upkeep.keyLoginsOnly() != now) {
                session.update(p -> p.withUpkeep(new Profile.Upkeep(upkeep.automaticReboot(), upkeep.rebootTime(), now)));
            }
        });
    }

    /**
     * Reads the server's state of upkeep once the summary has read its record: for the profile the server
     * holds (its domain names the certificate), or for Jitsi's domain on a server set up by hand.
     */
    public void read() {
        health.clear();
        AppliedRecord record = session.recordProperty().get();
        Profile profile = record.byOwnMeet() ? record.profile() : session.profile().withDomain(record.jitsiDomain());
        UpkeepSource source = sources.get();
        work.task(() -> source.read(profile)).onSuccess(this::show).onProblem(this::unread).start();
    }

    private void show(UpkeepSource.Reading reading) {
        health.setAll(reading.health().stream().map(f -> new HealthLine(f.level(), texts.health(f))).toList());
        JitsiVersions newer = reading.newer();
        if (newer.isEmpty()) {
            session.upgradeJitsiProperty().set(false);
            upgradeNotice.set("");
            upgradeVersions.clear();
            upgradeChoice.set("");
        } else {
            upgradeNotice.set(texts.get("summary.jitsiUpgrade.available"));
            upgradeVersions.setAll(newer.newer().stream().map(JitsiVersions.Newer::toString).toList());
            upgradeChoice.set(texts.format("summary.jitsiUpgrade.choice", target(newer)));
        }
        keyLoginOffered.set(reading.keyLogin());
        keyNeeded.set(reading.keyLogin() ? "" : texts.notice(SshLoginInstaller.KEY_NEEDED));
    }

    /** The version named in the choice: the one of the {@code jitsi-meet} package, which names a Jitsi Meet release. */
    private static String target(JitsiVersions newer) {
        return newer.newer().stream().filter(n -> n.name().equals("jitsi-meet")).findFirst().orElse(newer.newer().get(0))
                .candidate();
    }

    private void unread(Problem problem) {
        HealthFinding finding = HealthFinding.of("unreadable", Level.PROBLEM, problem.userMessage(), texts.problem(problem));
        health.setAll(new HealthLine(finding.level(), texts.health(finding)));
    }

    /** The health findings, in the engine's order. */
    public ObservableList<HealthLine> health() {
        return health;
    }

    /** Why newer Jitsi packages wait for the user (the plan's notice says the same); empty when nothing newer is offered. */
    public ReadOnlyStringProperty upgradeNoticeProperty() {
        return upgradeNotice.getReadOnlyProperty();
    }

    /** Each newer package with its installed and offered version ("jicofo 1.0-1178-1 → 1.0-1190-1"). */
    public ObservableList<String> upgradeVersions() {
        return upgradeVersions;
    }

    /** "Upgrade Jitsi to X and re-apply my settings"; empty when nothing newer is offered. */
    public ReadOnlyStringProperty upgradeChoiceProperty() {
        return upgradeChoice.getReadOnlyProperty();
    }

    /** The user's choice to upgrade in this run: the session's, which Review's plan and Install's apply use. */
    public BooleanProperty upgradeJitsiProperty() {
        return session.upgradeJitsiProperty();
    }

    /** The user logged in with a key: turning password logins off is offered. */
    public ReadOnlyBooleanProperty keyLoginOfferedProperty() {
        return keyLoginOffered.getReadOnlyProperty();
    }

    /** Why it is not offered (logged in with a password); empty when it is. */
    public ReadOnlyStringProperty keyNeededProperty() {
        return keyNeeded.getReadOnlyProperty();
    }

    /** The draft's choice to allow SSH logins with a key only. */
    public BooleanProperty keyLoginsOnlyProperty() {
        return keyLoginsOnly;
    }
}
