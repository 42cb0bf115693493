package org.ownmeet.installers.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings a profile written by an older OwnMeet to the current version before it is read, so the
 * strict reader still reports every real mistake. Version 2 added the upkeep settings (their
 * defaults: nothing restarts by itself, password logins stay as they are), the data protection facts (none
 * yet: the documents then say they are to be answered) and the local recording option (off, as
 * OwnMeet now sets it unless the deployer turns it on).
 */
final class SchemaMigration {
    private SchemaMigration() {
    }

    /** @return the tree as the current version, or the same tree when it already is */
    static JsonNode toCurrent(JsonNode root) {
        return withBridges(fromVersion1(root));
    }

    /** The bridges came within version 2: a file without them has none. */
    private static JsonNode withBridges(JsonNode root) {
        if (root instanceof ObjectNode profile && !profile.has(ProfileFields.BRIDGES)) {
            ObjectNode migrated = profile.deepCopy();
            migrated.putArray(ProfileFields.BRIDGES);
            return migrated;
        }
        return root;
    }

    private static JsonNode fromVersion1(JsonNode root) {
        if (root.get(ProfileFields.SCHEMA_VERSION).intValue() == 1 && root instanceof ObjectNode profile) {
            ObjectNode migrated = profile.deepCopy();
            migrated.put(ProfileFields.SCHEMA_VERSION, 2);
            if (migrated.get(ProfileFields.ORGANISATION) instanceof ObjectNode organisation && !organisation.has("dataProtection")) {
                organisation.putNull("dataProtection");
            }
            if (migrated.get(ProfileFields.OPTIONS) instanceof ObjectNode options && !options.has("localRecording")) {
                options.put("localRecording", false);
            }
            if (!migrated.has(ProfileFields.UPKEEP)) {
                migrated.set(ProfileFields.UPKEEP, ProfileJson.MAPPER.valueToTree(Profile.Upkeep.DEFAULTS));
            }
            return migrated;
        }
        return root;
    }
}
