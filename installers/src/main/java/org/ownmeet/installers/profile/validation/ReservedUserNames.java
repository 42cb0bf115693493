package org.ownmeet.installers.profile.validation;

import java.util.Optional;
import java.util.Set;

/**
 * Host user names that are taken: Jitsi's own accounts (focus and jvb on auth.&lt;domain&gt;, jibri and
 * recorder when recording is installed), names that would pass for an administrator's, and OwnMeet's
 * own verification accounts (ownmeet-…).
 */
final class ReservedUserNames {
    static final Set<String> JITSI = Set.of("focus", "jvb", "jibri", "recorder");
    static final Set<String> ADMINISTRATOR_LIKE = Set.of("admin", "administrator", "root");
    static final String OWNMEET_PREFIX = "ownmeet-";

    private ReservedUserNames() {
    }

    /** Why the (normalised) name cannot be used, or empty when it can. */
    static Optional<Reason> reason(String name) {
        if (JITSI.contains(name)) {
            return Optional.of(Reason.of("host-user.reserved-jitsi", "Jitsi uses this name for itself; choose another one"));
        }
        if (ADMINISTRATOR_LIKE.contains(name)) {
            return Optional.of(Reason.of("host-user.reserved-admin", "this name would look like the server's administrator;"
                    + " choose another one"));
        }
        if (name.startsWith(OWNMEET_PREFIX)) {
            return Optional.of(Reason.of("host-user.reserved-ownmeet", "names starting with " + OWNMEET_PREFIX + " are kept"
                    + " for OwnMeet's own checks; choose another one", OWNMEET_PREFIX));
        }
        return Optional.empty();
    }
}
