package org.ownmeet.installers.profile;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the profile version before anything else, so a file from a newer OwnMeet is reported as
 * such and not as a list of fields this OwnMeet does not know.
 */
final class SchemaVersionCheck {
    private static final String FIELD = ProfileFields.SCHEMA_VERSION;

    private SchemaVersionCheck() {
    }

    static void check(JsonNode root) throws ProfileFileException {
        if (root == null || root.isMissingNode()) {
            throw new ProfileFileException("The profile file is empty.", "no JSON content", null, null);
        }
        if (!root.isObject()) {
            throw new ProfileFileException("The file does not hold an OwnMeet profile: a profile starts with {.",
                    "top-level JSON value is " + root.getNodeType(), null, null);
        }
        JsonNode version = root.get(FIELD);
        if (version == null) {
            throw new ProfileFileException("The profile lacks the profile version (field \"" + FIELD + "\").",
                    "no " + FIELD, FIELD, null);
        }
        if (!version.isInt()) {
            throw new ProfileFileException("The profile version (field \"" + FIELD + "\") should be a whole number, but it is "
                    + version + ".", FIELD + " is " + version.getNodeType(), FIELD, null);
        }
        int number = version.intValue();
        if (number > Profile.CURRENT_SCHEMA) {
            throw new ProfileFileException("This profile was made by a newer OwnMeet (profile version " + number
                    + "; this OwnMeet reads up to " + Profile.CURRENT_SCHEMA + "). Update OwnMeet to use it.",
                    FIELD + " " + number + " > " + Profile.CURRENT_SCHEMA, FIELD, null);
        }
        if (number < 1) {
            throw new ProfileFileException("The profile version (field \"" + FIELD + "\") is " + number
                    + ", which no OwnMeet writes. The file may be damaged.", FIELD + " " + number + " < 1", FIELD, null);
        }
    }
}
