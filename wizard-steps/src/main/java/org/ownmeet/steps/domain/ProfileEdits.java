package org.ownmeet.steps.domain;

import org.ownmeet.installers.profile.Profile;

/** The two fields of this step that {@link Profile} has no {@code with} method for yet. */
final class ProfileEdits {
    private ProfileEdits() {
    }

    static Profile withDomain(Profile p, String domain) {
        return new Profile(p.schemaVersion(), p.server(), domain, p.adminEmail(), p.hostAccounts(), p.certificates(), p.logging(),
                p.meetingSize(), p.organisation(), p.language(), p.options(), p.packageSources());
    }

    static Profile withAdminEmail(Profile p, String email) {
        return new Profile(p.schemaVersion(), p.server(), p.domain(), email, p.hostAccounts(), p.certificates(), p.logging(),
                p.meetingSize(), p.organisation(), p.language(), p.options(), p.packageSources());
    }
}
