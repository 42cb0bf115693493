package org.ownmeet.installers.welcome;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The welcome page's description says Jitsi Meet is "fully encrypted", which participants read as
 * end-to-end. OwnMeet replaces that sentence through Jitsi's own dynamic-branding mechanism: the
 * branding file names, per language, a bundle of labels that the app lays over its translations.
 * Languages OwnMeet has no text for get the English one: an honest sentence in English beats a
 * misleading one in the reader's language.
 */
final class HonestDescription {
    static final String KEY_GROUP = "welcomepage";
    static final String KEY = "appDescription";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private HonestDescription() {
    }

    static String sentence(String language, String organisation) {
        return switch (language) {
            case "de" -> "{{app}}-Verbindungen sind auf dem Übertragungsweg verschlüsselt. Ton und Bild werden auf diesem Server "
                    + "entschlüsselt, den " + organisation + " betreibt, außer wenn eine Konferenz Ende-zu-Ende-Verschlüsselung "
                    + "nutzt; der Server zeichnet sie nicht auf.";
            case "it" -> "Le connessioni a {{app}} sono cifrate durante la trasmissione. Audio e video sono decifrati su questo server, "
                    + "gestito da " + organisation + ", salvo quando una videoconferenza usa la cifratura end-to-end; il server non li "
                    + "registra.";
            default -> "Connections to {{app}} are encrypted in transit. Audio and video are decrypted on this server, which is run by "
                    + organisation + ", unless a meeting uses end-to-end encryption; the server does not record them.";
        };
    }

    /** The labels bundle of one language: only the description, everything else stays Jitsi's. */
    static String labels(String language, String organisation) {
        return json(Map.of(KEY_GROUP, Map.of(KEY, sentence(language, organisation))));
    }

    /**
     * The branding file: each language Jitsi offers points at OwnMeet's bundle in that language, or
     * the English one.
     *
     * @param languages the codes in the packages' {@code lang/languages.json}
     */
    static String branding(Iterable<String> languages) {
        Map<String, String> labels = new TreeMap<>();
        labels.put("en", WelcomePageFiles.urlPath(WelcomePageFiles.labels("en")));
        for (String language : languages) {
            labels.put(language, WelcomePageFiles.urlPath(WelcomePageFiles.labels(WelcomePageInstaller.OWN_LANGUAGES.contains(language)
                    ? language : "en")));
        }
        Map<String, Object> branding = new LinkedHashMap<>();
        branding.put("labels", labels);
        return json(branding);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
