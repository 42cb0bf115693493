package org.ownmeet.steps.organisation;

import java.util.List;
import java.util.function.Consumer;

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
            change(session, edit -> { });
        }
    }

    /** Changes some of the facts; the others stay as the draft has them. */
    public static void change(WizardSession session, Consumer<Edit> change) {
        Edit edit = new Edit(of(session));
        change.accept(edit);
        DataProtection changed = edit.build();
        session.update(profile -> {
            Organisation organisation = profile.organisation() != null ? profile.organisation()
                    : new Organisation(null, null, null, null);
            return profile.withOrganisation(organisation.withDataProtection(changed));
        });
    }

    /** A copy of the facts to change field by field (the record has eleven). */
    public static final class Edit {
        public ControllerType controllerType;
        public LegalBasis meetingsBasis;
        public LegalBasis securityBasis;
        public LegalBasis accountsBasis;
        public String legalProvision;
        public boolean participationObligatory;
        public String officerEmail;
        public SupervisoryAuthority authority;
        public Hosting hosting;
        public Transfer transfer;
        public List<ParticipantGroup> participants;

        Edit(DataProtection facts) {
            controllerType = facts.controllerType();
            meetingsBasis = facts.meetingsBasis();
            securityBasis = facts.securityBasis();
            accountsBasis = facts.accountsBasis();
            legalProvision = facts.legalProvision();
            participationObligatory = facts.participationObligatory();
            officerEmail = facts.officerEmail();
            authority = facts.supervisoryAuthority() != null ? facts.supervisoryAuthority() : UNANSWERED.supervisoryAuthority();
            hosting = facts.hosting() != null ? facts.hosting() : UNANSWERED.hosting();
            transfer = facts.transfer();
            participants = facts.participants();
        }

        DataProtection build() {
            return new DataProtection(controllerType, meetingsBasis, securityBasis, accountsBasis, legalProvision,
                    participationObligatory, officerEmail, authority, hosting, transfer, participants);
        }
    }

    /** A typed text as the profile keeps it: blank is no answer. */
    public static String answer(String typed) {
        return typed == null || typed.isBlank() ? null : typed;
    }
}
