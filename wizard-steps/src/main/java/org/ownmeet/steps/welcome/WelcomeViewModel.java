package org.ownmeet.steps.welcome;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.store.SavedProfiles;
import org.ownmeet.installers.profile.validation.LanguageRule;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

/**
 * The start screen: which language the wizard speaks and what the user came to do (the session's start
 * choice, which decides the steps that follow); a choice not in this version says so and holds Next.
 * The servers set up or managed from this computer before are offered: choosing one takes its saved
 * profile as the draft (its address fills the connection step) and the flow for managing it.
 */
public final class WelcomeViewModel {
    private final WizardSession session;
    private final ObjectProperty<StartChoice> choice;
    private final BooleanBinding canStart;
    private final ObservableList<SavedProfiles.Saved> recent = FXCollections.observableArrayList();
    private final ObservableList<SavedProfiles.Saved> recentReadOnly = FXCollections.unmodifiableObservableList(recent);

    static final int RECENT = 5;

    public WelcomeViewModel(WizardSession session) {
        this(session, List::of, EngineWork.direct());
    }

    /**
     * @param saved the profiles saved on this computer, newest first; read once, in the background: reading
     *              them takes the JSON library, which the first screen must not wait for
     */
    public WelcomeViewModel(WizardSession session, Supplier<List<SavedProfiles.Saved>> saved, EngineWork work) {
        this.session = session;
        this.choice = session.startChoiceProperty();
        noticeInWizardLanguage(session.languageProperty().get());
        session.languageProperty().addListener((property, before, now) -> noticeInWizardLanguage(now));
        canStart = Bindings.createBooleanBinding(() -> choice.get() != null, choice);
        work.task(() -> saved.get().stream().filter(s -> s.profile().server() != null && s.profile().server().host() != null)
                .limit(RECENT).toList()).onSuccess(recent::setAll).onUnexpected(bug -> recent.clear()).start();
    }

    /**
     * The privacy notice and the meeting pages speak the wizard's language where OwnMeet has their texts
     * in it (English, German); otherwise English.
     */
    private void noticeInWizardLanguage(Locale language) {
        String wanted = language == null ? "en" : language.getLanguage();
        String notice = LanguageRule.isAvailable(wanted) ? wanted : "en";
        if (!notice.equals(session.profile().language())) {
            session.update(profile -> profile.withLanguage(notice));
        }
    }

    /** The languages offered, each named in its own language ("Deutsch", "Italiano"). */
    public List<Locale> languages() {
        return Texts.LANGUAGES;
    }

    public static String nameOf(Locale language) {
        String own = language.getDisplayLanguage(language);
        return own.isEmpty() ? language.getLanguage() : Character.toUpperCase(own.charAt(0)) + own.substring(1);
    }

    /** Changing it shows every page anew in that language (the window listens to the session). */
    public ObjectProperty<Locale> languageProperty() {
        return session.languageProperty();
    }

    /** The servers saved on this computer, most recently used first (at most {@value #RECENT}); filled once they are read. */
    public ObservableList<SavedProfiles.Saved> recentServers() {
        return recentReadOnly;
    }

    /** "meet.example.org (203.0.113.5)", or the address alone when the profile has no domain. */
    public static String describe(SavedProfiles.Saved server) {
        Profile.Server address = server.profile().server();
        String where = address.port() == 22 ? address.host() : address.host() + ":" + address.port();
        String domain = server.profile().domain();
        return domain == null || domain.isBlank() || domain.equalsIgnoreCase(address.host()) ? where : domain + " (" + where + ")";
    }

    /** Manage a server from the list: its saved profile becomes the draft (the server's own record is read later and wins). */
    public void openRecent(SavedProfiles.Saved server) {
        session.replaceDraft(server.profile());
        choice.set(StartChoice.MANAGE_SERVER);
    }

    public ObjectProperty<StartChoice> choiceProperty() {
        return choice;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }
}
