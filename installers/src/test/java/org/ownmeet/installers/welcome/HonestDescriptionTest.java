package org.ownmeet.installers.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class HonestDescriptionTest {

    @Test
    void everyLanguageGetsAnHonestBundle() throws Exception {
        JsonNode branding = new ObjectMapper().readTree(HonestDescription.branding(List.of("en", "de", "fr", "es")));
        assertEquals("/ownmeet/labels-de.json", branding.path("labels").path("de").asText());
        assertEquals("/ownmeet/labels-en.json", branding.path("labels").path("fr").asText(), "no French text: the English one");
        assertEquals("/ownmeet/labels-en.json", branding.path("labels").path("en").asText());
    }

    @Test
    void theSentenceNamesWhoDecryptsAndNeverSaysFullyEncrypted() throws Exception {
        JsonNode labels = new ObjectMapper().readTree(HonestDescription.labels("en", "Schule \"am\" See"));
        String sentence = labels.path("welcomepage").path("appDescription").asText();
        assertTrue(sentence.contains("decrypted on this server, which is run by Schule \"am\" See"), sentence);
        assertFalse(sentence.contains("fully encrypted"));
        assertTrue(HonestDescription.sentence("de", "X").contains("entschlüsselt"));
    }

    @Test
    void theLanguageListComesFromThePackagesFile() {
        assertEquals(List.of("en", "de", "fr"), WelcomePageInstaller.languageCodes("{\"en\": \"English\", \"de\": \"Deutsch\", \"fr\": \"Français\"}"));
        assertEquals(List.of(), WelcomePageInstaller.languageCodes("not json"));
    }
}
