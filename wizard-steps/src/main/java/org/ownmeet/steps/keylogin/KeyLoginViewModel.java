package org.ownmeet.steps.keylogin;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.sshlogin.SshLoginInstaller;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;

/**
 * SSH password logins turned off, offered only to a user who logged in with a key (a password login
 * would shut itself out): the draft's choice, which the engine applies under its undo timer. The
 * manage summary offers it before Review, the end of a new server's set-up after Install.
 */
public final class KeyLoginViewModel {
    private final Texts texts;
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(this, "offered");
    private final ReadOnlyStringWrapper keyNeeded = new ReadOnlyStringWrapper(this, "keyNeeded", "");
    private final BooleanProperty keyLoginsOnly = new SimpleBooleanProperty(this, "keyLoginsOnly");

    public KeyLoginViewModel(WizardSession session, Texts texts) {
        this.texts = texts;
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

    /** Offered after a key login; after a password login the page says why not. */
    public void loggedIn(boolean withKey) {
        offered.set(withKey);
        keyNeeded.set(withKey ? "" : texts.notice(SshLoginInstaller.KEY_NEEDED));
    }

    /** Offered after a key login, and nothing said otherwise (a page where the offer is an extra). */
    public void offerIf(boolean withKey) {
        offered.set(withKey);
        keyNeeded.set("");
    }

    /** The user logged in with a key: turning password logins off is offered. */
    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    /** Why it is not offered (logged in with a password); empty when it is, or when the page does not say. */
    public ReadOnlyStringProperty keyNeededProperty() {
        return keyNeeded.getReadOnlyProperty();
    }

    /** The draft's choice to allow SSH logins with a key only. */
    public BooleanProperty keyLoginsOnlyProperty() {
        return keyLoginsOnly;
    }
}
