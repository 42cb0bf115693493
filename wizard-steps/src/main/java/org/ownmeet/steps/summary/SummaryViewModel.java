package org.ownmeet.steps.summary;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileDifferences;
import org.ownmeet.installers.profile.store.SavedProfiles;
import org.ownmeet.installers.session.AppliedRecord;
import org.ownmeet.installers.session.ServerSession;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.welcome.StartChoice;
import org.ownmeet.steps.work.EngineWork;

/**
 * What the server holds, read from the server itself: OwnMeet's record (its settings and latest runs),
 * or Jitsi Meet installed by hand (then what OwnMeet would take over), or nothing to manage. The draft
 * becomes the server's profile, which the pages after this one edit; a profile saved on this computer
 * that differs is pointed out, and taken instead only if the user says so.
 */
public final class SummaryViewModel {

    public enum State { LOADING, OWNMEET, BY_HAND, NOTHING, FAILED }

    private final WizardSession session;
    private final EngineWork work;
    private final Texts texts;
    private final SavedProfiles saved;
    private final Supplier<RecordSource> sources;
    private final SummaryLines lines;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper installed = new ReadOnlyStringWrapper(this, "installed", "");
    private final ObservableList<String> settings = FXCollections.observableArrayList();
    private final ObservableList<String> runs = FXCollections.observableArrayList();
    private final ObservableList<String> takenOver = FXCollections.observableArrayList();
    private final ObservableList<String> differences = FXCollections.observableArrayList();
    private final BooleanProperty useSaved = new SimpleBooleanProperty(this, "useSaved");
    private ServerSession readFrom;
    private Profile serverProfile;
    private Profile savedProfile;

    public SummaryViewModel(WizardSession session, EngineWork work, Texts texts, SavedProfiles saved) {
        this(session, work, texts, saved, () -> RecordSource.of(session), ZoneId.systemDefault());
    }

    public SummaryViewModel(WizardSession session, EngineWork work, Texts texts, SavedProfiles saved, Supplier<RecordSource> sources,
                            ZoneId zone) {
        this.session = session;
        this.work = work;
        this.texts = texts;
        this.saved = saved;
        this.sources = sources;
        this.lines = new SummaryLines(texts, zone);
        useSaved.addListener((property, before, now) -> takeDraft());
    }

    /** Reads the server once per connection; coming back to the page keeps what the user changed since. */
    public void onShown() {
        ServerSession server = session.server();
        if (server != null && server == readFrom && state.get() != State.FAILED) {
            return;
        }
        readFrom = server;
        state.set(State.LOADING);
        headline.set(texts.get("summary.loading"));
        detail.set("");
        RecordSource source = sources.get();
        work.task(source::read).onSuccess(this::show).onProblem(this::failed).start();
    }

    private void show(AppliedRecord record) {
        session.recordProperty().set(record);
        Profile draft = session.profile();
        takenOver.clear();
        runs.setAll(lines.runs(record));
        installed.set(lines.installed(record));
        if (record.byOwnMeet()) {
            serverProfile = record.profile().withServer(draft.server());
            savedProfile = draft.server() == null ? null : saved.find(draft.server().host(), draft.server().port())
                    .map(profile -> profile.withServer(draft.server())).orElse(null);
            List<ProfileDifferences.Difference> found = savedProfile == null ? List.of()
                    : ProfileDifferences.between(savedProfile, serverProfile);
            differences.setAll(found.stream().map(lines::difference).toList());
            headline.set(texts.format("summary.ownMeet", serverProfile.domain()));
            state.set(State.OWNMEET);
        } else if (record.jitsiWithoutOwnMeet()) {
            serverProfile = draft.withDomain(record.jitsiDomain())
                    .withHostAccounts(record.hostAccounts().stream().map(Profile.HostAccount::new).toList());
            savedProfile = null;
            differences.clear();
            takenOver.setAll(lines.takenOver());
            headline.set(texts.format("summary.byHand", record.jitsiDomain()));
            state.set(State.BY_HAND);
        } else {
            serverProfile = null;
            differences.clear();
            settings.clear();
            headline.set(texts.get("summary.nothing"));
            detail.set(record.unreadable() == null ? "" : record.unreadable());
            state.set(State.NOTHING);
            return;
        }
        detail.set(record.unreadable() == null ? "" : record.unreadable());
        if (savedProfile == null && useSaved.get()) {
            useSaved.set(false); // its listener takes the server's profile
        } else {
            takeDraft();
        }
    }

    /** The server's profile, or the saved one when the user chose it, becomes the draft the next pages edit. */
    private void takeDraft() {
        if (serverProfile == null) {
            return;
        }
        Profile chosen = useSaved.get() && savedProfile != null ? savedProfile : serverProfile;
        settings.setAll(lines.settings(chosen));
        session.replaceDraft(chosen);
    }

    private void failed(Problem problem) {
        readFrom = null;
        headline.set(texts.problem(problem));
        detail.set(problem.detail());
        state.set(State.FAILED);
    }

    /** Nothing to manage on this server: set it up instead (the flow switches to the set-up's steps). */
    public void setUpInstead() {
        session.startChoiceProperty().set(StartChoice.NEW_SERVER);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the server is, in one sentence ("OwnMeet set up this server for ..."). */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Why the record could not be read, or the problem's line for IT; else empty. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The Jitsi Meet version installed now, or empty. */
    public ReadOnlyStringProperty installedProperty() {
        return installed.getReadOnlyProperty();
    }

    /** The settings the next pages start from ("Days the logs are kept: 7"). */
    public ObservableList<String> settings() {
        return settings;
    }

    /** The latest runs, newest first. */
    public ObservableList<String> runs() {
        return runs;
    }

    /** Jitsi installed by hand: what OwnMeet would set up its own way. */
    public ObservableList<String> takenOver() {
        return takenOver;
    }

    /** Where the profile saved on this computer differs from the server's; empty when it does not (or there is none). */
    public ObservableList<String> differences() {
        return differences;
    }

    /** False: the server's profile is the draft (the default); true: the one saved on this computer. */
    public BooleanProperty useSavedProperty() {
        return useSaved;
    }

    /** There is something to manage: OwnMeet's record, or Jitsi to take over. */
    public boolean canManage() {
        return state.get() == State.OWNMEET || state.get() == State.BY_HAND;
    }
}
