package org.ownmeet.installers.engine;

import java.util.Map;

/**
 * What OwnMeet recorded on the server at its last apply: the profile as applied (JSON, no secrets;
 * null when OwnMeet never applied one there) and the installed versions of the packages it watches.
 */
public record AppliedRecord(String profileJson, Map<String, String> versions) {
    public AppliedRecord {
        versions = Map.copyOf(versions);
    }
}
