package org.ownmeet.installers.profile;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A field of the profile file holds a value of the wrong kind: what it holds, and what it should hold. */
final class WrongValueMessage {
    private WrongValueMessage() {
    }

    static ProfileFileException of(MismatchedInputException problem, JsonProblemPlace place, String detail) {
        String field = "the field \"" + place.path() + "\" (" + ProfileFields.describe(place.path()) + ")";
        Class<?> target = problem.getTargetType();
        if (target != null && target.isEnum() && problem instanceof InvalidFormatException format) {
            return new ProfileFileException("The profile has a value OwnMeet does not know in " + field + ": \""
                    + format.getValue() + "\"" + place.lineText() + ". It can be one of: " + constants(target) + ".",
                    detail, place.path(), problem);
        }
        if (place.path().isEmpty() && detail.startsWith("Trailing token")) {
            return new ProfileFileException("The profile file is damaged: there is more after the profile's last }"
                    + place.lineAndColumnText() + ".", detail, null, problem);
        }
        if (place.path().isEmpty()) {
            return new ProfileFileException("The file does not hold an OwnMeet profile: a profile starts with {.", detail, null,
                    problem);
        }
        return new ProfileFileException("The profile has the wrong kind of value in " + field + place.lineText()
                + ": it should be " + kindOf(target) + ".", detail, place.path(), problem);
    }

    private static String kindOf(Class<?> target) {
        if (target == null) {
            return "something else";
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class) {
            return "a whole number";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "text in quotes";
        }
        if (target.isEnum()) {
            return "one of: " + constants(target);
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "a list in [ ]";
        }
        return "a group of fields in { }";
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }
}
