package org.ownmeet.steps.organisation;

import java.util.List;
import java.util.function.UnaryOperator;

import org.ownmeet.installers.profile.DataProtection;
import org.ownmeet.installers.profile.DataProtection.ControllerType;
import org.ownmeet.installers.profile.DataProtection.Hosting;
import org.ownmeet.installers.profile.DataProtection.LegalBasis;
import org.ownmeet.installers.profile.DataProtection.ParticipantGroup;
import org.ownmeet.installers.profile.DataProtection.SupervisoryAuthority;
import org.ownmeet.installers.profile.DataProtection.Transfer;
import org.ownmeet.installers.profile.Profile.Organisation;
import org.ownmeet.steps.session.WizardSession;

/**
 * The data protection facts of the draft profile, which three pages answer in parts (organisation,
 * data protection, hosting): each edits a copy and puts the whole record back. A profile without the
 * facts gets unanswered ones when the first of these pages is shown, so that the engine's rules then
 * say what is missing at each field (before, they only note that nothing is answered).
 */
public final class DataProtectionDraft {
    /** Nothing chosen yet, except the likely case: a server at a hosting provider, no transfer, taking part voluntary. */
    public static final DataProtection UNANSWERED = new DataProtection(null, null, null, null, null, false, null,
            new SupervisoryAuthority(null, null), new Hosting(false, null, null, null, false), null, List.of());

    private DataProtectionDraft() {
    }

    /** The draft's facts, or {@link #UNANSWERED} when it has none. */
    public static DataProtection of(WizardSession session) {
        Organisation organisation = session.profile().organisation();
        DataProtection facts = organisation == null ? null : organisation.dataProtection();
        return facts != null ? facts : UNANSWERED;
    }

    /** Puts the unanswered facts into a draft that has none; a draft with facts is left as it is. */
    public static void begin(WizardSession session) {
        Organisation organisation = session.profile().organisation();
        if (organisation == null || organisation.dataProtection() == null) {
            change(session, UnaryOperator.identity());
        }
    }

    /**
     * Changes some of the facts with the records' own with-methods; the others stay as the draft has them
     * (an unanswered authority or hosting starts from {@link #UNANSWERED}'s).
     */
    public static void change(WizardSession session, UnaryOperator<DataProtection> change) {
        DataProtection facts = of(session);
        DataProtection changed = change.apply(facts
                .withSupervisoryAuthority(facts.supervisoryAuthority() != null ? facts.supervisoryAuthority() : UNANSWERED.supervisoryAuthority())
                .withHosting(facts.hosting() != null ? facts.hosting() : UNANSWERED.hosting()));
        session.update(profile -> {
            Organisation organisation = profile.organisation() != null ? profile.organisation()
                    : new Organisation(null, null, null, null);
            return profile.withOrganisation(organisation.withDataProtection(changed));
        });
    }

    /** A typed text as the profile keeps it: blank is no answer. */
    public static String answer(String typed) {
        return typed == null || typed.isBlank() ? null : typed;
    }
}
