package org.ownmeet.steps.session;

import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

import org.ownmeet.installers.engine.ApplyResult;
import org.ownmeet.installers.profile.store.SavedProfiles;

/**
 * After each successful run, the profile just applied is saved on this computer for its server, so the
 * next start can offer it. Only the profile is saved: it holds no secret, and nothing of the run (the
 * new hosts' one-time passwords) goes with it. A folder that cannot be written costs the offer, not the run.
 */
public final class ProfileKeeper {
    private final WizardSession session;
    private final SavedProfiles store;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ChangeListener<ApplyResult> applied = (property, before, now) -> {
        if (now != null) {
            save();
        }
    };

    public ProfileKeeper(WizardSession session, SavedProfiles store) {
        this.session = session;
        this.store = store;
    }

    /** Starts saving after each run that succeeds (Install sets the session's result only then). */
    public ProfileKeeper attach() {
        session.appliedProperty().addListener(applied);
        return this;
    }

    public void detach() {
        session.appliedProperty().removeListener(applied);
    }

    private void save() {
        try {
            Path file = store.save(session.profile());
            problem.set("");
            System.getLogger(ProfileKeeper.class.getName()).log(System.Logger.Level.INFO, "profile saved for the next start: " + file);
        } catch (IOException | IllegalArgumentException e) {
            problem.set(e.getMessage() == null ? e.toString() : e.getMessage());
            System.getLogger(ProfileKeeper.class.getName()).log(System.Logger.Level.WARNING, "the profile could not be saved: " + e);
        }
    }

    /** Why the last save failed, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
