package org.ownmeet.installers.profile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns what Jackson reports about a profile file into a {@link ProfileFileException} in plain words. */
final class ProfileJsonErrors {
    // Jackson names a missing creator property only in its message text; ProfileFileTest pins the wording
    private static final Pattern MISSING = Pattern.compile("Missing (?:required )?creator property '([^']+)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object property|field) ['\"]([^'\"]+)['\"]");

    private ProfileJsonErrors() {
    }

    static ProfileFileException translate(JsonProcessingException problem, String json) {
        String detail = problem.getOriginalMessage();
        if (problem instanceof UnrecognizedPropertyException unknown) {
            JsonProblemPlace reported = JsonProblemPlace.of(unknown);
            JsonProblemPlace place = new JsonProblemPlace(reported.path(), JsonFieldLine.of(json, reported.path()), -1);
            return new ProfileFileException("The profile has a field OwnMeet does not know: \"" + unknown.getPropertyName() + "\""
                    + inside(place.path(), unknown.getPropertyName()) + place.lineText() + ".", detail, place.path(), problem);
        }
        if (problem instanceof MismatchedInputException mismatch) {
            Matcher missing = MISSING.matcher(detail);
            JsonProblemPlace place = JsonProblemPlace.of(mismatch);
            if (missing.find()) {
                // the line would be that of the closing brace, which helps nobody find a field that is not there
                String path = place.path().endsWith(missing.group(1)) ? place.path() : place.child(missing.group(1)).path();
                return new ProfileFileException("The profile lacks " + ProfileFields.describe(path) + " (field \"" + path
                        + "\").", detail, path, problem);
            }
            return WrongValueMessage.of(mismatch, place, detail);
        }
        if (problem instanceof JsonMappingException mapping) {
            JsonProblemPlace place = JsonProblemPlace.of(mapping);
            String where = place.path().isEmpty() ? ""
                    : " in " + ProfileFields.describe(place.path()) + " (field \"" + place.path() + "\")";
            String field = place.path().isEmpty() ? null : place.path();
            return new ProfileFileException("The profile has a value OwnMeet cannot use" + where + place.lineText()
                    + ". If you edited it by hand, undo that change.", detail, field, problem);
        }
        JsonLocation location = problem.getLocation();
        JsonProblemPlace place = new JsonProblemPlace("", location == null ? -1 : location.getLineNr(),
                location == null ? -1 : location.getColumnNr());
        Matcher duplicate = DUPLICATE.matcher(detail);
        if (problem instanceof StreamReadException && duplicate.find()) {
            return new ProfileFileException("The profile has the field \"" + duplicate.group(1) + "\" twice" + place.lineText()
                    + ". Keep only one of them.", detail, duplicate.group(1), problem);
        }
        return new ProfileFileException("The profile file is damaged: it is not valid JSON" + place.lineAndColumnText()
                + ". If you edited it by hand, check the commas, quotes and brackets there.", detail, null, problem);
    }

    private static String inside(String path, String property) {
        String parent = path.endsWith(property) ? path.substring(0, path.length() - property.length()) : path;
        parent = parent.endsWith(".") ? parent.substring(0, parent.length() - 1) : parent;
        return parent.isEmpty() ? "" : " in \"" + parent + "\"";
    }
}
