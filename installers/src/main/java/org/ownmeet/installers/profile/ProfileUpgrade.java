package org.ownmeet.installers.profile;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Brings a profile written by an older OwnMeet to the current version, giving the fields added since
 * their defaults, so that every profile ever saved stays usable. The fields are appended to the text,
 * not re-written from a tree, so a mistake elsewhere in an old file is still reported at its own line.
 */
final class ProfileUpgrade {
    private ProfileUpgrade() {
    }

    /** The profile's text as the current version has it; {@code tree} is that text, read and version-checked. */
    static String toCurrent(JsonNode tree, String text) {
        int version = tree.get(ProfileFields.SCHEMA_VERSION).intValue();
        if (version >= 2 || tree.has(ProfileFields.UPKEEP)) {
            return text;
        }
        int end = text.lastIndexOf('}');
        String upkeep = ProfileFile.toJson(Profile.newProfile()).replaceAll("(?s)^.*\"upkeep\": (\\{[^}]*}).*$", "$1");
        // version 1 had every field but the upkeep settings
        return text.substring(0, end).stripTrailing() + ",\n  \"" + ProfileFields.UPKEEP + "\": " + upkeep + "\n" + text.substring(end);
    }
}
