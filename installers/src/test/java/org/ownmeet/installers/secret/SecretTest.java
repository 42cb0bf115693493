package org.ownmeet.installers.secret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SecretTest {
    private static final String VALUE = "correct horse battery staple";

    @Test
    void printsMasked() {
        try (Secret secret = Secret.of(VALUE)) {
            assertEquals(Secret.MASK, secret.toString());
            assertEquals("password: " + Secret.MASK, "password: " + secret);
        }
    }

    @Test
    void serialisesMaskedAndCannotBeReadBack() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (Secret secret = Secret.of(VALUE)) {
            String written = json.writeValueAsString(Map.of("password", secret));
            assertEquals("{\"password\":\"" + Secret.MASK + "\"}", written);
            assertFalse(written.contains("horse"));
            assertThrows(Exception.class, () -> json.readValue("\"" + VALUE + "\"", Secret.class));
        }
    }

    @Test
    void givesItsValueOnlyAsCopiesAndIsWipedOnClose() {
        Secret secret = Secret.of(VALUE.toCharArray());
        char[] copy = secret.chars();
        copy[0] = 'X';
        assertArrayEquals(VALUE.toCharArray(), secret.chars());
        assertArrayEquals(VALUE.getBytes(StandardCharsets.UTF_8), secret.utf8());
        secret.close();
        assertThrows(IllegalStateException.class, secret::chars);
        assertTrue(secret.isWiped());
    }

    @Test
    void encodesNonAsciiAsUtf8() {
        try (Secret secret = Secret.of("Grüße-€")) {
            assertArrayEquals("Grüße-€".getBytes(StandardCharsets.UTF_8), secret.utf8());
        }
    }
}
