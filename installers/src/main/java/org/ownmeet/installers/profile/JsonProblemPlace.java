package org.ownmeet.installers.profile;

import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Where in a profile file a reading problem is: the field's path and the line, in the words messages use. */
record JsonProblemPlace(String path, int line, int column) {

    static JsonProblemPlace of(JsonMappingException problem) {
        return new JsonProblemPlace(pathOf(problem.getPath()), lineOf(problem.getLocation()), columnOf(problem.getLocation()));
    }

    static String pathOf(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The path with one more field at its end. */
    JsonProblemPlace child(String field) {
        return new JsonProblemPlace(path.isEmpty() ? field : path + "." + field, line, column);
    }

    /** " (line 7)", or nothing when the parser did not know. */
    String lineText() {
        return line > 0 ? " (line " + line + ")" : "";
    }

    String lineAndColumnText() {
        if (line <= 0) {
            return "";
        }
        return column > 0 ? " (line " + line + ", column " + column + ")" : lineText();
    }

    private static int lineOf(JsonLocation location) {
        return location == null ? -1 : location.getLineNr();
    }

    private static int columnOf(JsonLocation location) {
        return location == null ? -1 : location.getColumnNr();
    }
}
