package org.ownmeet.installers.profile;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The line a field's name stands on. Jackson reports some problems only when it reaches the end of
 * the enclosing object, so its own line would point at a closing brace rather than the field.
 */
final class JsonFieldLine {
    private JsonFieldLine() {
    }

    /** The line of the field at this path ("server.hots", "hostAccounts[1].name"), or -1. */
    static int of(String json, String path) {
        JsonPointer wanted = JsonPointer.compile("/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/'));
        try (JsonParser parser = ProfileJson.MAPPER.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && parser.getParsingContext().pathAsPointer().equals(wanted)) {
                    return parser.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException e) {
            // the file was parsed once already; if it cannot be now, the line is simply not known
        }
        return -1;
    }
}
