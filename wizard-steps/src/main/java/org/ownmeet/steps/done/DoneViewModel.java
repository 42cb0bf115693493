package org.ownmeet.steps.done;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.ownmeet.installers.documents.handout.Handout;
import org.ownmeet.installers.engine.ApplyContext.HostCredential;
import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.validation.ProfileValidator;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.VerificationReport;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;

/**
 * The end of the set-up: every check from outside with a summary on top, the meeting address and the
 * privacy notice's, and the new hosts' one-time passwords, shown once and wiped when the wizard
 * closes ({@link #close}). The passwords live only in the run's result; nothing here copies them.
 */
public final class DoneViewModel {
    private final WizardSession session;
    private final Texts texts;
    private final ObservableList<CheckRow> checks = FXCollections.observableArrayList();
    private final ObservableList<HostCredential> newHosts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome", Outcome.NOT_CHECKED);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper whatToDo = new ReadOnlyStringWrapper(this, "whatToDo", "");
    private final ReadOnlyStringWrapper domain = new ReadOnlyStringWrapper(this, "domain", "");
    private final List<Consumer<List<HostCredential>>> beforeWipe = new ArrayList<>();
    private boolean closed;

    public DoneViewModel(WizardSession session, Texts texts) {
        this.session = session;
        this.texts = texts;
        session.reportProperty().addListener((property, before, now) -> refresh());
        session.appliedProperty().addListener((property, before, now) -> refresh());
        refresh();
    }

    /** Reads the run's result and report again (they are set by the install step before this page shows). */
    public void refresh() {
        VerificationReport report = session.reportProperty().get();
        domain.set(domainOf(report));
        checks.setAll(report == null ? List.of() : report.checks().stream().map(this::row).toList());
        if (report == null || report.checks().isEmpty()) {
            outcome.set(Outcome.NOT_CHECKED);
            summary.set(texts.get("done.summary.notChecked"));
            whatToDo.set(texts.get("done.whatToDo.notChecked"));
        } else if (report.allPassed()) {
            outcome.set(Outcome.ALL_PASSED);
            summary.set(texts.format("done.summary.passed", report.checks().size()));
            whatToDo.set("");
        } else {
            List<CheckResult> failed = report.failed();
            outcome.set(Outcome.SOME_FAILED);
            summary.set(texts.format("done.summary.failed", failed.size(),
                    String.join("; ", failed.stream().map(result -> texts.check(result.check())).toList())));
            whatToDo.set(texts.get("done.whatToDo.failed"));
        }
        ApplyResult applied = session.appliedProperty().get();
        newHosts.setAll(closed || applied == null ? List.of() : applied.newHosts());
    }

    private CheckRow row(CheckResult result) {
        return new CheckRow(result.id(), result.passed(), texts.check(result.check()), result.passed() ? "" : result.reason(),
                result.detail());
    }

    /** The verified domain, else the profile's as the engine uses it (in ASCII). */
    private String domainOf(VerificationReport report) {
        if (report != null && report.domain() != null) {
            return report.domain();
        }
        Profile profile = session.profile();
        if (profile.domain() == null) {
            return "";
        }
        String normalised = ProfileValidator.validate(profile).normalised().domain();
        return normalised != null ? normalised : profile.domain();
    }

    public ObservableList<CheckRow> checks() {
        return checks;
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** "2 checks failed: ..." or "All 13 checks passed", in plain words. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What to do about failed checks (or checks that did not run); empty when all passed. */
    public ReadOnlyStringProperty whatToDoProperty() {
        return whatToDo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty domainProperty() {
        return domain.getReadOnlyProperty();
    }

    public String meetingAddress() {
        return "https://" + domain.get() + "/";
    }

    public String privacyNoticeAddress() {
        return "https://" + domain.get() + "/ownmeet/privacy-notice.html";
    }

    /** The accounts created in this run, each with its one-time password; empty once wiped. */
    public ObservableList<HostCredential> newHosts() {
        return newHosts;
    }

    /** How a host logs in: user@domain. */
    public String login(HostCredential host) {
        return host.username() + "@" + domain.get();
    }

    /**
     * The one-time password as text, only to show, copy or print it (a label and the clipboard take
     * nothing else); the copy of its characters made here is cleared at once.
     */
    public String passwordText(HostCredential host) {
        char[] chars = host.oneTimePassword().chars();
        try {
            return new String(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** What a host reads on the printed sheet: where to log in, and how they change the password today. */
    public String hostInstructions() {
        Profile.Options options = session.profile().options();
        String change = options != null && options.desktopXmppClients()
                ? texts.format("done.sheet.changeWithApp", domain.get())
                : texts.format("done.sheet.changeLater", "https://" + domain.get() + Handout.PASSWORD_PAGE_PATH);
        return texts.format("done.sheet.login", meetingAddress()) + " " + change;
    }

    /** What a host's handout says besides the password, in the profile's language. */
    public Handout.Content handout(HostCredential host) {
        Profile profile = session.profile();
        Profile.Options options = profile.options();
        String organisation = profile.organisation() == null ? null : profile.organisation().name();
        return new Handout.Content(profile.language(), domain.get(), organisation, host.username(),
                options != null && options.desktopXmppClients());
    }

    /** Called with the passwords just before they are wiped, e.g. to clear them from the clipboard. */
    public void beforeWipe(Consumer<List<HostCredential>> action) {
        beforeWipe.add(action);
    }

    /** The wizard closes: the one-time passwords are wiped and the list emptied; they cannot be shown again. */
    public void close() {
        closed = true;
        List<HostCredential> wiping = List.copyOf(newHosts);
        if (!wiping.isEmpty()) {
            beforeWipe.forEach(action -> action.accept(wiping));
        }
        newHosts.clear();
        Set<Secret> secrets = Collections.newSetFromMap(new IdentityHashMap<>());
        wiping.forEach(host -> secrets.add(host.oneTimePassword()));
        ApplyResult applied = session.appliedProperty().get();
        if (applied != null) {
            applied.newHosts().forEach(host -> secrets.add(host.oneTimePassword()));
        }
        secrets.forEach(Secret::close);
    }
}
