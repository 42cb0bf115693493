package org.ownmeet.installers.profile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.ownmeet.installers.secret.Secret;

/** The profile is saved, sent to the server and turned into documents: it must never carry a secret. */
class ProfileHoldsNoSecretTest {
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(passw|passphrase|secret|token|credential|privatekey).*");

    @Test
    void theSavedFileHasNoFieldForASecret() throws Exception {
        JsonNode saved = new ObjectMapper().readTree(ProfileFile.toJson(ProfileSamples.school()));
        List<String> names = new ArrayList<>();
        collectFieldNames(saved, names);
        assertTrue(names.size() > 20, "walked the whole file: " + names);
        names.forEach(name -> assertFalse(SECRET_NAME.matcher(name).matches(), name));
    }

    @Test
    void noPartOfTheProfileCanHoldASecret() {
        List<String> checked = new ArrayList<>();
        checkComponents(Profile.class, "", checked);
        assertTrue(checked.contains("hostAccounts[].username"), checked.toString());
    }

    @Test
    void aSecretWrittenIntoTheFileIsRefusedNotRead() throws Exception {
        try (Secret secret = Secret.of("never-in-a-profile")) {
            String written = new ObjectMapper().writeValueAsString(Map.of("sshPassword", secret));
            String json = ProfileFile.toJson(ProfileSamples.school());
            String withSecret = json.replaceFirst("\\{", "{" + written.substring(1, written.length() - 1) + ",");
            assertNotEquals(json, withSecret);
            ProfileFileException problem = assertThrows(ProfileFileException.class, () -> ProfileFile.fromJson(withSecret));
            assertTrue(problem.userMessage().contains("does not know: \"sshPassword\""), problem.userMessage());
        }
    }

    private static void collectFieldNames(JsonNode node, List<String> names) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            names.add(field.getKey());
            collectFieldNames(field.getValue(), names);
        }
        node.elements().forEachRemaining(element -> collectFieldNames(element, names));
    }

    private static void checkComponents(Class<?> record, String prefix, List<String> checked) {
        for (RecordComponent component : record.getRecordComponents()) {
            String path = prefix + component.getName();
            checked.add(path);
            assertFalse(SECRET_NAME.matcher(component.getName()).matches(), path);
            Class<?> type = component.getType();
            assertFalse(type == Secret.class || type == char[].class || type == byte[].class, path + " could hold a secret");
            if (type.isRecord()) {
                checkComponents(type, path + ".", checked);
            } else if (List.class.isAssignableFrom(type)) {
                Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                assertTrue(element instanceof Class<?> c && (c.isRecord() || c.isEnum()) && c != Secret.class, path);
                if (((Class<?>) element).isRecord()) {
                    checkComponents((Class<?>) element, path + "[].", checked);
                }
            } else {
                assertTrue(type.isPrimitive() || type.isEnum() || type == String.class, path + " is of an unexpected type " + type);
            }
        }
    }
}
