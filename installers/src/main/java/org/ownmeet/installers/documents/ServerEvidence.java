package org.ownmeet.installers.documents;

import java.time.Instant;
import java.util.Map;

import org.ownmeet.installers.verify.VerificationReport;

/**
 * What the server showed, beside the profile applied on it: the last verification (null when none
 * was run) and when, and the installed versions of the packages OwnMeet watches.
 */
public record ServerEvidence(VerificationReport verification, Instant verifiedAt, Map<String, String> versions) {
    public ServerEvidence {
        versions = versions == null ? Map.of() : Map.copyOf(versions);
    }

    /** Nothing verified: the published notice and documents made before any verification. */
    public static ServerEvidence none() {
        return new ServerEvidence(null, null, Map.of());
    }
}
