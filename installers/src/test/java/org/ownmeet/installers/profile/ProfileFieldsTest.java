package org.ownmeet.installers.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;

import org.junit.jupiter.api.Test;

class ProfileFieldsTest {

    @Test
    void everyFieldOfTheProfileHasAPlainName() {
        assertAllKnown(Profile.class, "");
    }

    @Test
    void listIndexesDoNotChangeTheName() {
        assertEquals("a host's user name", ProfileFields.describe(ProfileFields.hostAccount(3)));
        assertEquals("a value", ProfileFields.describe("nonsense"));
    }

    private static void assertAllKnown(Class<?> record, String prefix) {
        for (RecordComponent component : record.getRecordComponents()) {
            String path = prefix + component.getName();
            assertTrue(ProfileFields.isKnown(path), "no plain name for " + path);
            if (component.getType().isRecord()) {
                assertAllKnown(component.getType(), path + ".");
            } else if (component.getGenericType() instanceof ParameterizedType list
                    && ((Class<?>) list.getActualTypeArguments()[0]).isRecord()) {
                assertAllKnown((Class<?>) list.getActualTypeArguments()[0], path + "[0].");
            }
        }
    }
}
