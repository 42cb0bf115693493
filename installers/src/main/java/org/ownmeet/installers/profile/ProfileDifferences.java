package org.ownmeet.installers.profile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where two profiles differ, field by field (paths as in {@link ProfileFields}), e.g. the one saved on
 * this computer against the one a server holds. The SSH address is left out: the same server may be
 * reached by name or by address. The host accounts count as one field, compared as a set of names.
 */
public final class ProfileDifferences {
    private static final Set<String> LEFT_OUT = Set.of(ProfileFields.SCHEMA_VERSION, ProfileFields.SERVER);

    private ProfileDifferences() {
    }

    /** One field that differs, each side's value as the profile file writes it (empty for none). */
    public record Difference(String path, String first, String second) {
    }

    public static List<Difference> between(Profile first, Profile second) {
        List<Difference> differences = new ArrayList<>();
        compare("", tree(first), tree(second), differences);
        return differences;
    }

    private static JsonNode tree(Profile profile) {
        try {
            return ProfileJson.MAPPER.readTree(ProfileFile.toJson(profile));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a profile written by OwnMeet could not be read back", e);
        }
    }

    private static void compare(String path, JsonNode first, JsonNode second, List<Difference> differences) {
        if (LEFT_OUT.contains(path)) {
            return;
        }
        if (path.equals(ProfileFields.HOST_ACCOUNTS)) {
            String a = names(first);
            String b = names(second);
            if (!sortedSet(a).equals(sortedSet(b))) {
                differences.add(new Difference(path, a, b));
            }
            return;
        }
        if (first.isObject() && second.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = first.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(),
                        second.path(field.getKey()), differences);
            }
        } else if (!first.equals(second)) {
            differences.add(new Difference(path, text(first), text(second)));
        }
    }

    private static String names(JsonNode accounts) {
        return StreamSupport.stream(accounts.spliterator(), false).map(account -> account.path("username").asText())
                .collect(Collectors.joining(", "));
    }

    private static Set<String> sortedSet(String names) {
        return names.isEmpty() ? Set.of() : new java.util.HashSet<>(List.of(names.split(", ")));
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() ? "" : value.asText();
    }
}
