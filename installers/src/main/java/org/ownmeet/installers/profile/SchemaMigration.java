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
        return withFieldsAddedLater(fromVersionOne(root));
    }

    /**
     * Fields added to version 2 after it was first written: off or empty when a file lacks them, as an older OwnMeet
     * wrote it, so a missing one is no mistake (the Firefox option off, no extra videobridge server). Every other field
     * must still be there.
     */
    private static JsonNode withFieldsAddedLater(JsonNode root) {
        boolean noFirefoxOption = root.get(ProfileFields.OPTIONS) instanceof ObjectNode options && !options.has("excludeFirefox");
        boolean noBridges = root instanceof ObjectNode && !root.has(ProfileFields.BRIDGES);
        if (!noFirefoxOption && !noBridges) {
            return root;
        }
        ObjectNode completed = (ObjectNode) root.deepCopy();
        if (noFirefoxOption) {
            ((ObjectNode) completed.get(ProfileFields.OPTIONS)).put("excludeFirefox", false);
        }
        if (noBridges) {
            completed.putArray(ProfileFields.BRIDGES);
        }
        return completed;
    }

    private static JsonNode fromVersionOne(JsonNode root) {
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
