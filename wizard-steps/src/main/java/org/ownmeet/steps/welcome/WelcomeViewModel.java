package org.ownmeet.steps.welcome;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.ownmeet.installers.profile.validation.LanguageRule;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;

/**
 * The start screen: which language the wizard speaks and what the user came to do. Only setting up a
 * new server is there yet; the other two choices say so, and Next stays off for them.
 */
public final class WelcomeViewModel {
    private final WizardSession session;
    private final ObjectProperty<StartChoice> choice = new SimpleObjectProperty<>(this, "choice", StartChoice.NEW_SERVER);
    private final BooleanBinding canStart;

    public WelcomeViewModel(WizardSession session) {
        this.session = session;
        noticeInWizardLanguage(session.languageProperty().get());
        session.languageProperty().addListener((property, before, now) -> noticeInWizardLanguage(now));
        canStart = Bindings.createBooleanBinding(() -> choice.get() != null && choice.get().available(), choice);
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

    public ObjectProperty<StartChoice> choiceProperty() {
        return choice;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }
}
