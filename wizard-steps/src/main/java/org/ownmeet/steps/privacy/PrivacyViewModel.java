package org.ownmeet.steps.privacy;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.AccessLog;
import org.ownmeet.installers.profile.Profile.Logging;
import org.ownmeet.installers.profile.Profile.Options;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.profile.validation.LoggingRule;
import org.ownmeet.steps.api.StepValidation;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;

/**
 * How long logs are kept, the access log, direct connections, desktop chat apps, the firewall and Firefox:
 * each choice goes straight into the draft profile, the engine's rules judge it, and each has a
 * sentence saying what it does on the server, following the choice.
 */
public final class PrivacyViewModel {
    /** The most days the day field offers: the engine's own limit. */
    public static final int MOST_DAYS = LoggingRule.LONGEST_RETENTION;

    private final WizardSession session;
    private final StepValidation validation;
    private final IntegerProperty retentionDays = new SimpleIntegerProperty(this, "retentionDays");
    private final ObjectProperty<AccessLog> accessLog = new SimpleObjectProperty<>(this, "accessLog");
    private final BooleanProperty peerToPeer = new SimpleBooleanProperty(this, "peerToPeer");
    private final BooleanProperty desktopApps = new SimpleBooleanProperty(this, "desktopApps");
    private final BooleanProperty firewall = new SimpleBooleanProperty(this, "firewall");
    private final BooleanProperty excludeFirefox = new SimpleBooleanProperty(this, "excludeFirefox");
    private final StringBinding retentionMeaning;
    private final StringBinding accessLogMeaning;
    private final StringBinding peerToPeerMeaning;
    private final StringBinding desktopAppsMeaning;
    private final StringBinding firewallMeaning;
    private final StringBinding excludeFirefoxMeaning;

    public PrivacyViewModel(WizardSession session, Texts texts) {
        this.session = session;
        Profile profile = session.profile();
        Logging logging = profile.logging() != null ? profile.logging() : Profile.newProfile().logging();
        Options options = profile.options() != null ? profile.options() : Profile.newProfile().options();
        retentionDays.set(logging.retentionDays());
        accessLog.set(logging.accessLog());
        peerToPeer.set(options.peerToPeer());
        desktopApps.set(options.desktopXmppClients());
        firewall.set(options.firewall());
        excludeFirefox.set(options.excludeFirefox());
        validation = new StepValidation(session, texts, ProfileFields.RETENTION_DAYS, ProfileFields.ACCESS_LOG);

        retentionDays.addListener((property, before, now) -> changeLogging(ProfileFields.RETENTION_DAYS));
        accessLog.addListener((property, before, now) -> changeLogging(ProfileFields.ACCESS_LOG));
        peerToPeer.addListener((property, before, now) -> changeOptions());
        desktopApps.addListener((property, before, now) -> changeOptions());
        firewall.addListener((property, before, now) -> changeOptions());
        excludeFirefox.addListener((property, before, now) -> changeOptions());

        retentionMeaning = Bindings.createStringBinding(() -> retentionDays.get() == 0 ? texts.get("privacy.days.meaning.none")
                : texts.format("privacy.days.meaning", retentionDays.get()), retentionDays);
        accessLogMeaning = Bindings.createStringBinding(() -> texts.get(accessLog.get() == AccessLog.ANONYMISED
                ? "privacy.accessLog.anonymised.meaning" : "privacy.accessLog.off.meaning"), accessLog);
        peerToPeerMeaning = Bindings.createStringBinding(() -> texts.get(peerToPeer.get() ? "privacy.peerToPeer.on"
                : "privacy.peerToPeer.off"), peerToPeer);
        desktopAppsMeaning = Bindings.createStringBinding(() -> texts.get(!firewall.get() ? "privacy.desktopApps.noFirewall"
                : desktopApps.get() ? "privacy.desktopApps.on" : "privacy.desktopApps.off"), desktopApps, firewall);
        firewallMeaning = Bindings.createStringBinding(() -> texts.get(firewall.get() ? "privacy.firewall.on"
                : "privacy.firewall.off"), firewall);
        excludeFirefoxMeaning = Bindings.createStringBinding(() -> texts.get(excludeFirefox.get() ? "privacy.excludeFirefox.on"
                : "privacy.excludeFirefox.off"), excludeFirefox);
    }

    private void changeLogging(String path) {
        session.update(profile -> profile.withLogging(new Logging(retentionDays.get(), accessLog.get())));
        validation.touch(path);
    }

    private void changeOptions() {
        // the options this step does not show (local recording) stay as they are
        session.update(profile -> profile.withOptions((profile.options() != null ? profile.options() : new Options(false, false, true))
                .with(o -> o.peerToPeer(peerToPeer.get()).desktopXmppClients(desktopApps.get()).firewall(firewall.get())
                        .excludeFirefox(excludeFirefox.get()))));
    }

    /** Days the logs are kept; a number outside 0 to {@value #MOST_DAYS} goes to the profile and the engine's rule says why not. */
    public IntegerProperty retentionDaysProperty() {
        return retentionDays;
    }

    public ObjectProperty<AccessLog> accessLogProperty() {
        return accessLog;
    }

    public BooleanProperty peerToPeerProperty() {
        return peerToPeer;
    }

    public BooleanProperty desktopAppsProperty() {
        return desktopApps;
    }

    public BooleanProperty firewallProperty() {
        return firewall;
    }

    /** Firefox shown the page for unsupported browsers instead of the meeting; off unless chosen. */
    public BooleanProperty excludeFirefoxProperty() {
        return excludeFirefox;
    }

    public ObservableStringValue excludeFirefoxMeaning() {
        return excludeFirefoxMeaning;
    }

    /** What the chosen number of days means on the server, in one or two sentences. */
    public ObservableStringValue retentionMeaning() {
        return retentionMeaning;
    }

    public ObservableStringValue accessLogMeaning() {
        return accessLogMeaning;
    }

    public ObservableStringValue peerToPeerMeaning() {
        return peerToPeerMeaning;
    }

    /** Depends on the firewall too: without OwnMeet's firewall this choice opens or closes nothing. */
    public ObservableStringValue desktopAppsMeaning() {
        return desktopAppsMeaning;
    }

    public ObservableStringValue firewallMeaning() {
        return firewallMeaning;
    }

    public StepValidation validation() {
        return validation;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return validation.validProperty();
    }
}
